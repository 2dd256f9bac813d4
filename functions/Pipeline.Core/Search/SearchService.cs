using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Indexing;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Search;

/// <summary>Runs a search over the current index snapshot: exact total, one page of highlighted hits, drill-sideways facets.</summary>
public sealed class SearchService(ISearcherSource index, QueryBuilder queries, IFacetVocabulary vocabulary, IOptions<SearchOptions> options)
{
    private readonly PipelineAnalyzer analyzer = new();

    /// <summary>Throws <see cref="Lucene.Net.QueryParsers.Classic.ParseException"/> for bad query syntax.</summary>
    public SearchResponse Search(SearchRequest request)
    {
        var textQuery = queries.ParseText(request.Query);
        var query = QueryBuilder.WithDateRange(textQuery, request.From, request.To);
        var start = (request.Page - 1) * request.PageSize;
        var wanted = Math.Max(1, start + request.PageSize);

        using var lease = index.AcquireSearcher();
        var searcher = lease.Searcher;
        var topHits = CreateTopCollector(request.Sort, wanted);
        var countries = new FacetFilter(IndexSchema.CountryFacet, request.Countries);
        var topics = new FacetFilter(IndexSchema.TopicFacet, request.Topics);
        var collector = new DrillSidewaysCollector(topHits, countries, topics);
        searcher.Search(query, collector);
        collector.Finish();

        var page = topHits.GetTopDocs(start, request.PageSize);
        var highlighter = new SnippetHighlighter(textQuery, analyzer, options.Value.SnippetLength);
        var hits = page.ScoreDocs.Select(scoreDoc => ToHit(searcher, scoreDoc, highlighter)).ToList();

        var facets = new SearchFacets(
            BuildFacet(FacetDimension.Country, countries.Counts, request.Countries, request.FacetSize),
            BuildFacet(FacetDimension.Topic, topics.Counts, request.Topics, request.FacetSize));
        return new SearchResponse(collector.TotalHits, request.Page, request.PageSize, hits, facets);
    }

    // Ties are broken by id, so pages are stable even when segments merge between requests.
    private static TopFieldCollector CreateTopCollector(SearchSort sort, int wanted)
    {
        var byId = new SortField(IndexSchema.IdSort, SortFieldType.STRING);
        Sort order;
        if (sort == SearchSort.Relevance)
        {
            order = new Sort(SortField.FIELD_SCORE, byId);
        }
        else
        {
            var newest = sort == SearchSort.Newest;
            var published = new SortField(IndexSchema.PublishedSort, SortFieldType.INT64, newest);
            published.SetMissingValue(newest ? long.MinValue : long.MaxValue);
            order = new Sort(published, SortField.FIELD_SCORE, byId);
        }

        return TopFieldCollector.Create(order, wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
    }

    private static SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, SnippetHighlighter highlighter)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        var meta = PipelineJson.Deserialize<HitMetadata>(doc.Get(IndexSchema.Meta));
        return new SearchHit(
            doc.Get(IndexSchema.Id),
            highlighter.Title(doc.Get(IndexSchema.Title)),
            highlighter.Snippet(doc.Get(IndexSchema.Body)),
            meta.Countries,
            meta.MainCountries,
            meta.Topics,
            meta.Published,
            meta.SourcePath,
            float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score);
    }

    private List<FacetValue> BuildFacet(
        FacetDimension dimension, IReadOnlyDictionary<string, int> counts, IReadOnlyList<string> selected, int size)
    {
        var selectedSet = selected.ToHashSet(StringComparer.Ordinal);
        var values = counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(size)
            .Select(pair => new FacetValue(pair.Key, vocabulary.Label(dimension, pair.Key), pair.Value, selectedSet.Contains(pair.Key)))
            .ToList();

        // A selected value stays visible (with its count, even 0) so the user can always unselect it.
        foreach (var value in selected.Where(v => values.TrueForAll(f => f.Value != v)))
        {
            values.Add(new FacetValue(value, vocabulary.Label(dimension, value), counts.GetValueOrDefault(value), true));
        }

        return values;
    }
}
