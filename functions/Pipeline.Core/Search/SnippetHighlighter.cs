using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Pipeline.Core.Indexing;
using Pipeline.Core.Search.Highlighting;

namespace Pipeline.Core.Search;

/// <summary>Marks query matches in a hit's title and body; everything that is not a mark is HTML-escaped.</summary>
internal sealed class SnippetHighlighter(Query query, Analyzer analyzer, int snippetLength)
{
    private const int MaxCharsToAnalyze = 200_000;
    private readonly TermMarker? titleMarker = Marker(query, IndexSchema.Title, analyzer);
    private readonly TermMarker? bodyMarker = Marker(query, IndexSchema.Body, analyzer);
    private readonly string[] bodyTerms = BodyTerms(query);
    private Highlighter? title;
    private Highlighter? body;
    private bool luceneReady;

    public string Title(string text)
    {
        if (titleMarker is not null)
        {
            var ranges = titleMarker.Find(text);
            return ranges.Count == 0 ? MarkHtmlEncoder.Encode(text) : TermMarker.Render(text, 0, text.Length, ranges);
        }

        PrepareLucene();
        var marked = title is null ? null : title.GetBestFragment(analyzer, IndexSchema.Title, text);
        return marked ?? MarkHtmlEncoder.Encode(text);
    }

    public string Snippet(string text)
    {
        if (bodyMarker is not null)
        {
            return MarkedSnippet(bodyMarker, text);
        }

        PrepareLucene();
        if (body is null)
        {
            return MarkHtmlEncoder.Encode(Lead(text, snippetLength));
        }

        // Re-analysing a whole body was most of a query's time: first try only the text around the earliest match.
        var window = Window(text);
        var marked = window is null ? null : Best(body, window);
        if (string.IsNullOrEmpty(marked))
        {
            marked = Best(body, text);
        }

        return string.IsNullOrEmpty(marked) ? MarkHtmlEncoder.Encode(Lead(text, snippetLength)) : marked;
    }

    /// <summary>Up to two fragments of about the snippet length, each opening a little before a match, joined by an ellipsis.</summary>
    private string MarkedSnippet(TermMarker marker, string text)
    {
        // Analysing is most of the cost: only from where the first fragment would open to where a second one could end.
        var (start, end) = WindowRange(text, snippetLength / 5, 3 * snippetLength) ?? (0, Math.Min(text.Length, MaxCharsToAnalyze));
        var ranges = Shift(marker.Find(text[start..end]), start);
        if (ranges.Count == 0 && (start > 0 || end < Math.Min(text.Length, MaxCharsToAnalyze)))
        {
            ranges = marker.Find(text[..Math.Min(text.Length, MaxCharsToAnalyze)]);
        }

        if (ranges.Count == 0)
        {
            return MarkHtmlEncoder.Encode(Lead(text, snippetLength));
        }

        var first = Fragment(text, ranges[0].Start);
        var next = ranges.FindIndex(r => r.Start >= first.End);
        var snippet = TermMarker.Render(text, first.Start, first.End, ranges);
        if (next < 0)
        {
            return snippet;
        }

        // A second fragment that would overlap the first only extends it.
        var second = Fragment(text, ranges[next].Start);
        return second.Start <= first.End
            ? TermMarker.Render(text, first.Start, second.End, ranges)
            : string.Concat(snippet, " … ", TermMarker.Render(text, second.Start, second.End, ranges));
    }

    /// <summary>From a word start a fifth of a snippet before the match, to a word end about a snippet later.</summary>
    private (int Start, int End) Fragment(string text, int match)
    {
        var start = match <= snippetLength / 5 ? 0 : text.LastIndexOf(' ', match - (snippetLength / 5)) + 1;
        var end = Math.Min(text.Length, Math.Max(start + snippetLength, match + 1));
        var space = end < text.Length ? text.IndexOf(' ', end) : -1;
        end = end >= text.Length ? text.Length : space < 0 ? text.Length : space;
        return (start, end);
    }

    private static List<(int Start, int End)> Shift(List<(int Start, int End)> ranges, int by)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            ranges[i] = (ranges[i].Start + by, ranges[i].End + by);
        }

        return ranges;
    }

    /// <summary>Lucene's highlighters, built only for queries the term marker cannot list (their set-up is not free).</summary>
    private void PrepareLucene()
    {
        if (!luceneReady)
        {
            title = Create(query, IndexSchema.Title, new NullFragmenter());
            body = Create(query, IndexSchema.Body, null, snippetLength);
            luceneReady = true;
        }
    }

    private static TermMarker? Marker(Query query, string field, Analyzer analyzer) =>
        query is not MatchAllDocsQuery && QueryMarks.For(query, field) is { } marks ? new TermMarker(marks, analyzer, field) : null;

    private string Best(Highlighter highlighter, string text) =>
        highlighter.GetBestFragments(analyzer.GetTokenStream(IndexSchema.Body, text), text, 2, " … ");

    /// <summary>
    /// Text from a little before the first place an indexed query term appears literally (stems are mostly prefixes of
    /// the words they come from) to a few snippet lengths after; null when no term is found, so the whole text is used.
    /// </summary>
    private string? Window(string text) =>
        WindowRange(text, snippetLength, 4 * snippetLength) is var (start, end) ? (start == 0 && end == text.Length ? text : text[start..end]) : null;

    private (int Start, int End)? WindowRange(string text, int before, int after)
    {
        var first = -1;
        foreach (var term in bodyTerms)
        {
            var at = text.AsSpan(0, first < 0 ? text.Length : Math.Min(text.Length, first + term.Length)).IndexOf(term, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        if (first < 0)
        {
            return null;
        }

        var start = first <= before ? 0 : text.LastIndexOf(' ', first - before) + 1;
        var end = Math.Min(text.Length, first + after);
        var space = end < text.Length ? text.IndexOf(' ', end) : -1;
        return (start, end >= text.Length || space < 0 ? text.Length : space);
    }

    /// <summary>The query's terms on the body field; none for queries whose terms cannot be listed before rewriting.</summary>
    private static string[] BodyTerms(Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            query.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            return [];
        }

        return [.. terms.Where(t => t.Field == IndexSchema.Body && t.Bytes.Length > 0).Select(t => t.Text).Distinct(StringComparer.Ordinal)];
    }

    private static Highlighter? Create(Query query, string field, IFragmenter? fragmenter, int size = 0)
    {
        if (query is MatchAllDocsQuery)
        {
            return null;
        }

        var scorer = TermsOnly(query)
            ? new QueryScorer([.. new WeightedSpanTermExtractor().GetWeightedSpanTerms(query, null, field).Values])
            : new QueryScorer(query, field);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), MarkHtmlEncoder.Instance, scorer)
        {
            TextFragmenter = fragmenter ?? new SimpleSpanFragmenter(scorer, size),
            MaxDocCharsToAnalyze = MaxCharsToAnalyze,
        };
    }

    /// <summary>
    /// Whether the query is only terms, whose highlighting weights do not depend on the text: they are then extracted once per
    /// search instead of once per title and snippet (with a cached copy of every token), which was a fifth of loading a hit.
    /// </summary>
    private static bool TermsOnly(Query query) => query switch
    {
        TermQuery => true,
        BooleanQuery boolean => boolean.Clauses.All(clause => TermsOnly(clause.Query)),
        _ => false,
    };

    private static string Lead(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return string.Concat(text.AsSpan(0, cut > length / 2 ? cut : length), "…");
    }
}
