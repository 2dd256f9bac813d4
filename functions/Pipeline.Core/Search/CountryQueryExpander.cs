using System.Globalization;
using System.Text;
using Pipeline.Core.Enrichment;
using Pipeline.Core.Indexing;

namespace Pipeline.Core.Search;

/// <summary>
/// Rewrites plain words of a Lucene query that name a country ("Turkey", "Ivory Coast", "Azerbaijani") into
/// <c>(words OR country:CODE)</c>, so they also find documents tagged with that country under any of its names.
/// </summary>
public sealed class CountryQueryExpander(CountryGazetteer gazetteer)
{
    private const int MaxAliasWords = 4;
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "TO", "&&", "||" };

    public string Expand(string query)
    {
        var words = PlainWords(query);
        if (words.Count == 0)
        {
            return query;
        }

        var output = new StringBuilder(query.Length + 32);
        var copied = 0;
        for (var i = 0; i < words.Count;)
        {
            var (length, code) = LongestAlias(query, words, i);
            if (code is null)
            {
                i++;
                continue;
            }

            var start = words[i].Start;
            var end = words[i + length - 1].End;
            var span = query[start..end];
            output.Append(query, copied, start - copied)
                .Append('(')
                .Append(length > 1 ? $"\"{span}\"" : span)
                .Append(" OR ")
                .Append(IndexSchema.Country).Append(':').Append(code)
                .Append(')');
            copied = end;
            i += length;
        }

        return output.Append(query, copied, query.Length - copied).ToString();
    }

    private (int Length, string? Code) LongestAlias(string query, List<Word> words, int first)
    {
        for (var length = Math.Min(MaxAliasWords, words.Count - first); length >= 1; length--)
        {
            var run = words.GetRange(first, length);
            if (!IsContiguous(query, run))
            {
                continue;
            }

            var text = query[run[0].Start..run[^1].End];
            if (Resolve(text) is { } code)
            {
                return (length, code);
            }
        }

        return (0, null);
    }

    // Queries are typed in lower case: "turkey" should find Türkiye, but "us" must never mean the United States.
    private string? Resolve(string text)
    {
        if (gazetteer.TryResolve(text, out var code))
        {
            return code;
        }

        if (text.Length <= 2 || text.Any(char.IsUpper))
        {
            return null;
        }

        var titled = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text);
        return gazetteer.TryResolve(titled, out code) ? code : null;
    }

    private static bool IsContiguous(string query, List<Word> run)
    {
        for (var i = 1; i < run.Count; i++)
        {
            if (query.AsSpan(run[i - 1].End, run[i].Start - run[i - 1].End).Trim().Length != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words outside quotes, ranges and field prefixes, with no wildcard, fuzzy or boost suffix: the ones a user typed as text.</summary>
    private static List<Word> PlainWords(string query)
    {
        var words = new List<Word>();
        var inQuote = false;
        var rangeDepth = 0;
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '"')
            {
                inQuote = !inQuote;
                i++;
                continue;
            }

            if (inQuote || c is '[' or '{' || rangeDepth > 0)
            {
                rangeDepth += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
                i++;
                continue;
            }

            if (!IsWordChar(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < query.Length && (IsWordChar(query[i]) || IsInnerHyphen(query, i)))
            {
                i++;
            }

            var text = query[start..i];
            var fielded = start > 0 && query[start - 1] == ':';
            var suffixed = i < query.Length && query[i] is ':' or '*' or '?' or '~' or '^';
            if (!fielded && !suffixed && !Operators.Contains(text))
            {
                words.Add(new Word(start, i));
            }
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’' or '.';

    // "Guinea-Bissau" is one word; a leading "-" is the prohibit operator and stays outside.
    private static bool IsInnerHyphen(string query, int at) =>
        query[at] == '-' && at + 1 < query.Length && char.IsLetter(query[at + 1]);

    private readonly record struct Word(int Start, int End);
}
