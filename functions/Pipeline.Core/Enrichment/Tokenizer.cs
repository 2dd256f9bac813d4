using System.Buffers;
using System.Globalization;

namespace Pipeline.Core.Enrichment;

/// <summary>
/// Splits text into words: runs of letters, digits and combining marks, keeping apostrophes inside words (d'Ivoire)
/// and periods inside abbreviations (U.S.). Each CJK or Hangul character is a word of its own, since those scripts do not space words.
/// </summary>
internal static class Tokenizer
{
    private const int MaxAbbreviationSegment = 2;

    /// <summary>Tokenizes into a pooled buffer that the caller returns to <see cref="ArrayPool{T}.Shared"/>; returns the count.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, ref Token[] buffer)
    {
        var count = 0;
        var pos = 0;
        var previousEnd = -1;
        while (pos < text.Length)
        {
            if (!IsWordChar(text[pos]))
            {
                pos++;
                continue;
            }

            var start = pos;
            var hasPeriod = false;
            pos = IsUnspacedScript(text[pos]) ? pos + 1 : ScanWord(text, pos, ref hasPeriod);
            var length = pos - start;
            var gap = previousEnd < 0 ? ReadOnlySpan<char>.Empty : text[previousEnd..start];
            var token = new Token(
                start,
                length,
                StemLength(text.Slice(start, length)),
                previousEnd >= 0 && IsJoiningGap(gap),
                previousEnd < 0 || gap.IndexOfAny(SentenceBreaks) >= 0,
                char.IsUpper(text[start]),
                hasPeriod);
            if (count == buffer.Length)
            {
                Grow(ref buffer);
            }

            buffer[count++] = token;
            previousEnd = pos;
        }

        return count;
    }

    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create(".!?\n\r\u2026");

    private static int ScanWord(ReadOnlySpan<char> text, int pos, ref bool hasPeriod)
    {
        var segmentStart = pos;
        pos++;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (char.IsAsciiLetterOrDigit(c) || (c >= 0x80 && IsWordChar(c) && !IsUnspacedScript(c)))
            {
                pos++;
            }
            else if (c is '\'' or '\u2019' && NextIsWord(text, pos))
            {
                pos++;
            }
            else if (c == '.' && pos - segmentStart <= MaxAbbreviationSegment && char.IsLetter(text[pos - 1]) && NextIsWord(text, pos))
            {
                hasPeriod = true;
                pos++;
                segmentStart = pos;
            }
            else
            {
                break;
            }
        }

        if (hasPeriod && pos < text.Length && text[pos] == '.')
        {
            pos++;
        }

        return pos;
    }

    private static bool NextIsWord(ReadOnlySpan<char> text, int pos) =>
        pos + 1 < text.Length && IsWordChar(text[pos + 1]) && !IsUnspacedScript(text[pos + 1]);

    private static int StemLength(ReadOnlySpan<char> word)
    {
        var possessive = word.Length >= 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019';
        return possessive ? word.Length - 2 : word.Length;
    }

    private static bool IsJoiningGap(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c is not (' ' or '\t' or '\u00A0' or '-' or '\u2010' or '\u2011'))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category <= UnicodeCategory.DecimalDigitNumber || category == UnicodeCategory.OtherNumber;
    }

    private static bool IsUnspacedScript(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uAC00' and <= '\uD7AF');

    private static void Grow(ref Token[] buffer)
    {
        var larger = ArrayPool<Token>.Shared.Rent(Math.Max(64, buffer.Length * 2));
        buffer.AsSpan().CopyTo(larger);
        if (buffer.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }

        buffer = larger;
    }
}
