using Lucene.Net.Documents;
using Pipeline.Core.Indexing;
using Pipeline.Core.Search;
using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Search;

public sealed class StoredBodyTests : IDisposable
{
    private readonly string path = NewFolder();

    public void Dispose() => System.IO.Directory.Delete(path, recursive: true);

    [Fact]
    public void A_body_is_stored_as_utf8_bytes_and_comes_back_whole_in_the_snippet()
    {
        const string body = "Señora Müller’s report from 東京 on peacekeeping 😀 ended there.";
        using var index = Open();
        index.Upsert(Doc("a", "Report", body));
        index.Refresh();

        using (var lease = index.AcquireSearcher())
        {
            var stored = lease.Searcher.Doc(0);
            Assert.NotNull(stored.GetBinaryValue(IndexSchema.Body));
            Assert.Null(stored.Get(IndexSchema.Body));
            Assert.Equal(body, IndexSchema.StoredBody(stored));
        }

        var hit = Assert.Single(Search(index, "peacekeeping").Hits);
        Assert.Equal("Señora Müller’s report from 東京 on <mark>peacekeeping</mark> 😀 ended there.", hit.Snippet);
    }

    [Fact]
    public void Segments_that_stored_the_body_as_a_string_still_give_snippets()
    {
        WriteWithStringBody(Doc("old", "Old report", "Before the change, peacekeeping talks stalled."));
        using var index = Open();
        index.Upsert(Doc("new", "New report", "After the change, peacekeeping talks resumed."));
        index.Refresh();

        var hits = Search(index, "peacekeeping").Hits.ToDictionary(h => h.Id, h => h.Snippet);

        Assert.Equal("Before the change, <mark>peacekeeping</mark> talks stalled.", hits["old"]);
        Assert.Equal("After the change, <mark>peacekeeping</mark> talks resumed.", hits["new"]);
    }

    private LuceneIndex Open() => OpenIndex(path);

    private static SearchResponse Search(LuceneIndex index, string q) =>
        SearchOver(index).Search(new SearchRequest(q, [], [], null, null, SearchSort.Relevance, 1, 10, 500));

    // As the index was written before bodies were stored as bytes: one text field, indexed and stored as a string.
    private void WriteWithStringBody(Documents.NormalizedDocument document)
    {
        using var writer = RawWriter(path);
        var lucene = IndexSchema.ToLuceneDocument(document);
        lucene.RemoveFields(IndexSchema.Body);
        lucene.Add(new TextField(IndexSchema.Body, document.Body, Field.Store.YES));
        writer.AddDocument(lucene);
        writer.Commit();
    }
}
