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
    private readonly SearchService search;
    private readonly SearchService cached;

    public OurEngine(string indexPath)
    {
        index = new LuceneIndex(Options.Create(new IndexStoreOptions { Path = indexPath }), NullLogger<LuceneIndex>.Instance);
        var gazetteer = CountryGazetteer.LoadEmbedded();
        var vocabulary = new EnrichmentFacetVocabulary(gazetteer, TopicTaxonomy.LoadEmbedded());
        // The engine's own figures are taken without the result cache; the cached service is measured and labelled apart.
        var uncached = Options.Create(new SearchOptions { ResultCacheMegabytes = 0 });
        search = new SearchService(index, new QueryBuilder(vocabulary, gazetteer, uncached), vocabulary, uncached);
        var withCache = Options.Create(new SearchOptions());
        cached = new SearchService(index, new QueryBuilder(vocabulary, gazetteer, withCache), vocabulary, withCache);
    }

    public BenchAnswer Search(BenchQuery query, int facetSize) => Answer(search, query, facetSize);

    /// <summary>The same search through the result cache (SearchOptions' default size), as the HTTP host runs it.</summary>
    public BenchAnswer SearchCached(BenchQuery query, int facetSize) => Answer(cached, query, facetSize);

    private static BenchAnswer Answer(SearchService service, BenchQuery query, int facetSize)
    {
        var response = service.Search(new SearchRequest(
            query.Lucene, query.Countries, query.Topics, null, null, SearchSort.Relevance, 1, 10, facetSize));
        return new BenchAnswer(
            response.Total,
            response.Facets.Country.ToDictionary(f => f.Value, f => f.Count),
            response.Facets.Topic.ToDictionary(f => f.Value, f => f.Count),
            [.. response.Hits.Select(h => h.Id)],
            response.Hits.Sum(h => h.Snippet.Length),
            [.. response.Hits.Select(h => $"{h.Title}\n{h.Snippet}")]);
    }

    /// <summary>Total and facets only: a page of size 0 loads and highlights no hits.</summary>
    public long CountOnly(BenchQuery query, int facetSize) => search.Search(new SearchRequest(
        query.Lucene, query.Countries, query.Topics, null, null, SearchSort.Relevance, 1, 0, facetSize)).Total;

    public void Dispose() => index.Dispose();
}
