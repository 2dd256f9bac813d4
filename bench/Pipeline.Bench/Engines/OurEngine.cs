using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Bench.Queries;
using Pipeline.Core.Configuration;
using Pipeline.Core.Enrichment;
using Pipeline.Core.Indexing;
using Pipeline.Core.Search;

namespace Pipeline.Bench.Engines;

/// <summary>Our search, in process: the same LuceneIndex and SearchService the HTTP function uses.</summary>
public sealed class OurEngine : ISearchEngine
{
    private readonly LuceneIndex index;
    private readonly QueryBuilder queries;
    private readonly EnrichmentFacetVocabulary vocabulary;
    private readonly IOptions<SearchOptions> uncachedOptions;
    private readonly SearchService search;
    private readonly SearchService cached;

    public OurEngine(string indexPath)
    {
        index = new LuceneIndex(Options.Create(new IndexStoreOptions { Path = indexPath }), NullLogger<LuceneIndex>.Instance);
        var gazetteer = CountryGazetteer.LoadEmbedded();
        var vocabulary = new EnrichmentFacetVocabulary(gazetteer, TopicTaxonomy.LoadEmbedded());
        // The engine's own figures are taken without the result cache; the cached service is measured and labelled apart.
        var uncached = Options.Create(new SearchOptions { ResultCacheMegabytes = 0 });
        this.vocabulary = vocabulary;
        uncachedOptions = uncached;
        queries = new QueryBuilder(vocabulary, gazetteer, uncached);
        search = new SearchService(index, queries, vocabulary, uncached);
        var withCache = Options.Create(new SearchOptions());
        cached = new SearchService(index, new QueryBuilder(vocabulary, gazetteer, withCache), vocabulary, withCache);
    }

    public BenchAnswer Search(BenchQuery query, int facetSize) => Answer(search, query, facetSize);

    /// <summary>The same search through the result cache (SearchOptions' default size), as the HTTP host runs it.</summary>
    public BenchAnswer SearchCached(BenchQuery query, int facetSize) => Answer(cached, query, facetSize);

    private static BenchAnswer Answer(SearchService service, BenchQuery query, int facetSize)
    {
        var response = service.Search(new SearchRequest(
            query.Lucene, query.Countries, query.Topics, query.From, query.To, SearchSort.Relevance, 1, 10, facetSize));
        return new BenchAnswer(
            response.Total,
            response.Facets.Country.ToDictionary(f => f.Value, f => f.Count),
            response.Facets.Topic.ToDictionary(f => f.Value, f => f.Count),
            [.. response.Hits.Select(h => h.Id)],
            response.Hits.Sum(h => h.Snippet.Length),
            [.. response.Hits.Select(h => $"{h.Title}\n{h.Snippet}")]);
    }

    /// <summary>
    /// A first search with an empty term cache: a new service (the cache is the service's own) that has not read the terms;
    /// the per-segment structures every search shares (facet ordinals, ids, lengths) are already built.
    /// </summary>
    public double SearchWithEmptyTermCache(BenchQuery query, int facetSize)
    {
        var fresh = new SearchService(index, queries, vocabulary, uncachedOptions);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Answer(fresh, query, facetSize);
        return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>Total and facets only: a page of size 0 loads and highlights no hits.</summary>
    public long CountOnly(BenchQuery query, int facetSize) => search.Search(new SearchRequest(
        query.Lucene, query.Countries, query.Topics, query.From, query.To, SearchSort.Relevance, 1, 0, facetSize)).Total;

    public void Dispose() => index.Dispose();
}
