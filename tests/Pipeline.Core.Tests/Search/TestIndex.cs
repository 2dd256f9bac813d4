using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Documents;
using Pipeline.Core.Enrichment;
using Pipeline.Core.Indexing;
using Pipeline.Core.Indexing.Codecs;
using Pipeline.Core.Search;

namespace Pipeline.Core.Tests.Search;

/// <summary>A real Lucene index in a temporary folder, with a search service over it.</summary>
internal sealed class TestIndex : IDisposable
{
    private readonly string path = NewFolder();

    public TestIndex()
    {
        Index = OpenIndex(path);
        Search = SearchOver(Index);
    }

    public static CountryGazetteer Gazetteer { get; } = CountryGazetteer.LoadEmbedded();

    public static TopicTaxonomy Taxonomy { get; } = TopicTaxonomy.LoadEmbedded();

    public LuceneIndex Index { get; }

    public SearchService Search { get; }

    public void Add(params NormalizedDocument[] documents)
    {
        foreach (var document in documents)
        {
            Index.Upsert(document);
        }

        Index.Refresh();
    }

    public SearchResponse Query(string? q, string[]? countries = null, string[]? topics = null, SearchSort sort = SearchSort.Relevance, int page = 1, int pageSize = 10, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        Search.Search(new SearchRequest(q, countries ?? [], topics ?? [], from, to, sort, page, pageSize, 500));

    /// <summary>A folder under the temp directory that no other test uses; not created.</summary>
    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "pipeline-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The index in <paramref name="path"/>, opened as the hosts open it.</summary>
    public static LuceneIndex OpenIndex(string path) => new(Options.Create(new IndexStoreOptions { Path = path }), NullLogger<LuceneIndex>.Instance);

    /// <summary>The search service over <paramref name="index"/>, with default options and every country and topic known.</summary>
    public static SearchService SearchOver(LuceneIndex index)
    {
        var vocabulary = new OpenVocabulary();
        var options = Options.Create(new SearchOptions());
        return new SearchService(index, new QueryBuilder(vocabulary, Gazetteer, options), vocabulary, options);
    }

    /// <summary>A bare writer with the index's codec and schema, for writing segments as earlier versions of the index did.</summary>
    public static IndexWriter RawWriter(string path)
    {
        PipelineCodec.Register();
        var config = new IndexWriterConfig(IndexSchema.Version, new PipelineAnalyzer()) { Codec = new PipelineCodec(), Similarity = IndexSchema.Similarity };
        return new IndexWriter(FSDirectory.Open(path), config);
    }

    public void Dispose()
    {
        Index.Dispose();
        System.IO.Directory.Delete(path, recursive: true);
    }

    public static NormalizedDocument Doc(
        string id, string title, string body, string[]? countries = null, string[]? topics = null, DateTimeOffset? published = null) =>
        new(
            id,
            $"{id}.txt",
            "\"etag\"",
            "txt",
            title,
            null,
            body,
            published,
            "en",
            [.. (countries ?? []).Select((c, i) => new CountryTag(c, c, 1, 0, false, 1.0 / (i + 1), i == 0, []))],
            [.. (topics ?? []).Select(t => new TopicTag(t, t, null, 1, []))],
            DateTimeOffset.UnixEpoch);

    private sealed class OpenVocabulary : IFacetVocabulary
    {
        public bool IsKnown(FacetDimension dimension, string value) =>
            dimension == FacetDimension.Topic ? Taxonomy.Ids.Contains(value) : Gazetteer.Codes.Contains(value);

        public string Label(FacetDimension dimension, string value) => $"label:{value}";
    }
}
