using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Indexing;
using Pipeline.Core.Search.Postings;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Search;

/// <summary>Runs a search over the current index snapshot: exact total, one page of highlighted hits, drill-sideways facets.</summary>
public sealed class SearchService(ISearcherSource index, QueryBuilder queries, IFacetVocabulary vocabulary, IOptions<SearchOptions> options)
{
    private readonly PipelineAnalyzer analyzer = new();
    private readonly SearchResultCache cache = new(options.Value.ResultCacheMegabytes * 1024L * 1024L);
    private readonly TermGroupSearch termGroups = new(new TermDocsCache(options.Value.TermCacheMegabytes * 1024L * 1024L, options.Value.TermCacheDenseDocFreq));

    /// <summary>Throws <see cref="Lucene.Net.QueryParsers.Classic.ParseException"/> for bad query syntax.</summary>
    public SearchResponse Search(SearchRequest request)
    {
        using var lease = index.AcquireSearcher();
        if (!cache.Enabled)
        {
            return Search(lease.Searcher, request);
        }

        var key = SearchResultCache.KeyOf(request);
        if (cache.TryGet(lease.Searcher, key, out var cached))
        {
            return cached;
        }

        var response = Search(lease.Searcher, request);
        cache.Add(lease.Searcher, key, response);
        return response;
    }

    private SearchResponse Search(IndexSearcher searcher, SearchRequest request)
    {
        var textQuery = queries.ParseText(request.Query);
        var query = QueryBuilder.WithDateRange(textQuery, request.From, request.To);
        var start = (request.Page - 1) * request.PageSize;

        var countries = new FacetFilter(IndexSchema.CountryFacet, request.Countries);
        var topics = new FacetFilter(IndexSchema.TopicFacet, request.Topics);
        var page = CollectPage(searcher, query, request, start, new DrillSidewaysCounts(countries, topics), out var total);

        var highlighter = new SnippetHighlighter(textQuery, analyzer, options.Value.SnippetLength);
        var hits = new List<SearchHit>(page.Length);
        foreach (var scoreDoc in page)
        {
            hits.Add(ToHit(searcher, scoreDoc, highlighter));
        }

        var facets = new SearchFacets(
            FacetValues.Build(vocabulary, FacetDimension.Country, countries.Counts, request.Countries, request.FacetSize),
            FacetValues.Build(vocabulary, FacetDimension.Topic, topics.Counts, request.Topics, request.FacetSize));
        return new SearchResponse(total, request.Page, request.PageSize, hits, facets);
    }

    /// <summary>One pass: the exact total, the facet counts and the requested page (none when the page size is 0).</summary>
    private ScoreDoc[] CollectPage(IndexSearcher searcher, Query query, SearchRequest request, int start, DrillSidewaysCounts counts, out long total)
    {
        var wanted = start + request.PageSize;
        if (request.Sort == SearchSort.Relevance && query is MatchAllDocsQuery)
        {
            return MatchAllSearch.Collect(searcher, query, counts, start, request.PageSize, out total);
        }

        if ((request.Sort == SearchSort.Relevance || request.PageSize == 0) && TermGroupSearch.Supports(searcher) && TermGroups.From(query) is { } groups)
        {
            return termGroups.Collect(searcher, groups, counts, start, request.PageSize, out total);
        }

        if (request.PageSize == 0)
        {
            var countOnly = new DrillSidewaysCollector(null, counts);
            searcher.Search(query, countOnly);
            counts.Finish();
            total = countOnly.TotalHits;
            return [];
        }

        if (request.Sort == SearchSort.Relevance)
        {
            var best = new TopScoreThenIdCollector(wanted);
            var collector = new DrillSidewaysCollector(best, counts);
            searcher.Search(query, collector);
            counts.Finish();
            total = collector.TotalHits;
            return best.Page(start, request.PageSize);
        }

        var byDate = CreateDateCollector(request.Sort, wanted);
        var dated = new DrillSidewaysCollector(byDate, counts);
        searcher.Search(query, dated);
        counts.Finish();
        total = dated.TotalHits;
        return byDate.GetTopDocs(start, request.PageSize).ScoreDocs;
    }

    // Ties are broken by id, so pages are stable even when segments merge between requests.
    private static TopFieldCollector CreateDateCollector(SearchSort sort, int wanted)
    {
        var byId = new SortField(IndexSchema.IdSort, SortFieldType.STRING);
        var newest = sort == SearchSort.Newest;
        var published = new SortField(IndexSchema.PublishedSort, SortFieldType.INT64, newest);
        published.SetMissingValue(newest ? long.MinValue : long.MaxValue);
        var order = new Sort(published, SortField.FIELD_SCORE, byId);
        return TopFieldCollector.Create(order, wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
    }

    private static SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, SnippetHighlighter highlighter)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        var meta = StoredHitMetadata.Read(doc.Get(IndexSchema.Meta));
        return new SearchHit(
            doc.Get(IndexSchema.Id),
            highlighter.Title(doc.Get(IndexSchema.Title)),
            highlighter.Snippet(IndexSchema.StoredBody(doc)),
            meta.Countries,
            meta.MainCountries,
            meta.Topics,
            meta.Published,
            meta.SourcePath,
            float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score);
    }
}
