using Lucene.Net.Analysis;
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

    public string Title(string text)
    {
        var marked = title is null ? null : title.GetBestFragment(analyzer, IndexSchema.Title, text);
        return marked ?? MarkHtmlEncoder.Encode(text);
    }

    public string Snippet(string text)
    {
        var marked = body is null ? null : body.GetBestFragments(analyzer.GetTokenStream(IndexSchema.Body, text), text, 2, " … ");
        return string.IsNullOrEmpty(marked) ? MarkHtmlEncoder.Encode(Lead(text, snippetLength)) : marked;
    }

    private static Highlighter? Create(Query query, string field, IFragmenter? fragmenter, int size = 0)
    {
        if (query is MatchAllDocsQuery)
        {
            return null;
        }

        var scorer = new QueryScorer(query, field);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), MarkHtmlEncoder.Instance, scorer)
        {
            TextFragmenter = fragmenter ?? new SimpleSpanFragmenter(scorer, size),
            MaxDocCharsToAnalyze = MaxCharsToAnalyze,
        };
    }

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
