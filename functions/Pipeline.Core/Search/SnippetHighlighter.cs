using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Pipeline.Core.Indexing;

namespace Pipeline.Core.Search;

/// <summary>Marks query matches in a hit's title and body; everything that is not a mark is HTML-escaped.</summary>
internal sealed class SnippetHighlighter(Query query, Analyzer analyzer, int snippetLength)
{
    private const int MaxCharsToAnalyze = 200_000;
    private readonly Highlighter? title = Create(query, IndexSchema.Title, new NullFragmenter());
    private readonly Highlighter? body = Create(query, IndexSchema.Body, null, snippetLength);
    private readonly string[] bodyTerms = BodyTerms(query);

    public string Title(string text)
    {
        var marked = title is null ? null : title.GetBestFragment(analyzer, IndexSchema.Title, text);
        return marked ?? MarkHtmlEncoder.Encode(text);
    }

    public string Snippet(string text)
    {
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

    private string Best(Highlighter highlighter, string text) =>
        highlighter.GetBestFragments(analyzer.GetTokenStream(IndexSchema.Body, text), text, 2, " … ");

    /// <summary>
    /// Text from a little before the first place an indexed query term appears literally (stems are mostly prefixes of
    /// the words they come from) to a few snippet lengths after; null when no term is found, so the whole text is used.
    /// </summary>
    private string? Window(string text)
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

        var start = first <= snippetLength ? 0 : text.LastIndexOf(' ', first - snippetLength) + 1;
        var end = Math.Min(text.Length, first + (4 * snippetLength));
        if (start == 0 && end == text.Length)
        {
            return text;
        }

        var space = end < text.Length ? text.IndexOf(' ', end) : -1;
        end = space < 0 ? text.Length : space;
        return text[start..end];
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
