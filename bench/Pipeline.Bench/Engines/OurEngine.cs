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

    public OurEngine(string indexPath)
    {
        index = new LuceneIndex(Options.Create(new IndexStoreOptions { Path = indexPath }), NullLogger<LuceneIndex>.Instance);
        var gazetteer = CountryGazetteer.LoadEmbedded();
        var vocabulary = new EnrichmentFacetVocabulary(gazetteer, TopicTaxonomy.LoadEmbedded());
        var options = Options.Create(new SearchOptions());
        search = new SearchService(index, new QueryBuilder(vocabulary, gazetteer, options), vocabulary, options);
    }

    public BenchAnswer Search(BenchQuery query, int facetSize)
    {
        var response = search.Search(new SearchRequest(
            query.Lucene, query.Countries, query.Topics, null, null, SearchSort.Relevance, 1, 10, facetSize));
        return new BenchAnswer(
            response.Total,
            response.Facets.Country.ToDictionary(f => f.Value, f => f.Count),
            response.Facets.Topic.ToDictionary(f => f.Value, f => f.Count),
            [.. response.Hits.Select(h => h.Id)],
            response.Hits.Sum(h => h.Snippet.Length));
    }

    /// <summary>Total and facets only: a page of size 0 loads and highlights no hits.</summary>
    public long CountOnly(BenchQuery query, int facetSize) => search.Search(new SearchRequest(
        query.Lucene, query.Countries, query.Topics, null, null, SearchSort.Relevance, 1, 0, facetSize)).Total;

    public void Dispose() => index.Dispose();
}
