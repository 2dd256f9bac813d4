using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Core.Search.Highlighting;

/// <summary>
/// Marks a query's terms and phrases in text and cuts snippets around them, from one pass of the field's analyzer.
/// Hand-written: Lucene's Highlighter scores every token and every fragment through generic scorers, most of a hit's cost,
/// when a query of plain terms and exact phrases only needs the analysed tokens compared with a set.
/// </summary>
internal sealed class TermMarker(QueryMarks marks, Analyzer analyzer, string field)
{
    // Every word the query marks; a token is looked up by its characters, so no string is made for the others.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known =
        new HashSet<string>(marks.Terms.Concat(marks.Phrases.SelectMany(p => p.Terms)), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The character ranges of the text to mark, in order.</summary>
    public List<(int Start, int End)> Find(string text)
    {
        // Only tokens the query knows can be marked or stand in a phrase, so the others are counted for positions and dropped.
        var tokens = new List<(string Term, int Position, int Start, int End)>();
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                if (known.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var word))
                {
                    tokens.Add((word, position, offset.StartOffset, offset.EndOffset));
                }
            }

            stream.End();
        }

        var marked = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            marked[i] |= marks.Terms.Contains(tokens[i].Term);
            foreach (var (terms, positions) in marks.Phrases)
            {
                if (tokens[i].Term == terms[0])
                {
                    MarkPhrase(tokens, marked, i, terms, positions);
                }
            }
        }

        var result = new List<(int Start, int End)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (marked[i] && tokens[i].End <= text.Length)
            {
                result.Add((tokens[i].Start, tokens[i].End));
            }
        }

        return result;
    }

    /// <summary>The text with every mark in &lt;mark&gt;, the rest HTML-escaped.</summary>
    public static string Render(string text, int start, int end, List<(int Start, int End)> ranges)
    {
        var builder = new StringBuilder((end - start) + 32);
        var at = start;
        foreach (var (markStart, markEnd) in ranges)
        {
            if (markStart < at || markEnd > end)
            {
                continue;
            }

            builder.Append(MarkHtmlEncoder.Encode(text[at..markStart])).Append("<mark>")
                .Append(MarkHtmlEncoder.Encode(text[markStart..markEnd])).Append("</mark>");
            at = markEnd;
        }

        return builder.Append(MarkHtmlEncoder.Encode(text[at..end])).ToString();
    }

    private static void MarkPhrase(List<(string Term, int Position, int Start, int End)> tokens, bool[] marked, int first, string[] terms, int[] positions)
    {
        var found = new int[terms.Length];
        found[0] = first;
        for (var k = 1; k < terms.Length; k++)
        {
            var wanted = tokens[first].Position + positions[k] - positions[0];
            found[k] = -1;
            for (var j = first + 1; j < tokens.Count && tokens[j].Position <= wanted; j++)
            {
                if (tokens[j].Position == wanted && tokens[j].Term == terms[k])
                {
                    found[k] = j;
                    break;
                }
            }

            if (found[k] < 0)
            {
                return;
            }
        }

        foreach (var j in found)
        {
            marked[j] = true;
        }
    }
}
