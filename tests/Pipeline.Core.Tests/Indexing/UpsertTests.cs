using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Core.Indexing;
using Xunit;
using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Indexing;

/// <summary>An upsert replaces the document of its id, whether that id is new, buffered, committed, deleted or from an earlier run.</summary>
public sealed class UpsertTests : IDisposable
{
    private readonly string path = NewFolder();

    [Fact]
    public void SecondUpsertOfAnIdReplacesTheFirst()
    {
        using var index = Open();
        index.Upsert(Doc("a", "first", "one"));
        index.Upsert(Doc("b", "other", "two"));
        index.Upsert(Doc("a", "second", "three"));

        Assert.Equal(["second"], Titles(index, "a"));
        Assert.Equal(2, LiveDocs(index));
    }

    [Fact]
    public void UpsertAfterCommitReplacesTheCommittedDocument()
    {
        using var index = Open();
        index.Upsert(Doc("a", "first", "one"));
        index.Commit();
        index.Upsert(Doc("a", "second", "two"));

        Assert.Equal(["second"], Titles(index, "a"));
    }

    [Fact]
    public void UpsertAfterDeleteLeavesOneDocument()
    {
        using var index = Open();
        index.Upsert(Doc("a", "first", "one"));
        index.Delete("a");
        index.Upsert(Doc("a", "second", "two"));
        index.Upsert(Doc("a", "third", "three"));

        Assert.Equal(["third"], Titles(index, "a"));
    }

    [Fact]
    public void UpsertAfterDeleteAllLeavesOneDocumentPerId()
    {
        using var index = Open();
        index.Upsert(Doc("a", "first", "one"));
        index.Upsert(Doc("b", "first", "one"));
        index.DeleteAll();
        index.Upsert(Doc("a", "second", "two"));
        index.Upsert(Doc("a", "third", "three"));

        Assert.Equal(["third"], Titles(index, "a"));
        Assert.Equal(1, LiveDocs(index));
    }

    [Fact]
    public void UpsertInALaterRunReplacesTheDocumentOnDisk()
    {
        using (var first = Open())
        {
            first.Upsert(Doc("a", "first", "one"));
            first.Upsert(Doc("b", "first", "one"));
        }

        using var index = Open();
        index.Upsert(Doc("a", "second", "two"));

        Assert.Equal(["second"], Titles(index, "a"));
        Assert.Equal(["first"], Titles(index, "b"));
        Assert.Equal(2, LiveDocs(index));
    }

    [Fact]
    public void ConcurrentUpsertsOfTheSameIdsLeaveOneDocumentPerId()
    {
        using var index = Open();
        var ids = Enumerable.Range(0, 200).Select(i => $"id{i}").ToList();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, round =>
        {
            foreach (var id in round % 2 == 0 ? ids : Enumerable.Reverse(ids))
            {
                index.Upsert(Doc(id, $"round {round}", "text"));
            }
        });

        Assert.Equal(ids.Count, LiveDocs(index));
        Assert.All(ids, id => Assert.Single(Titles(index, id)));
    }

    public void Dispose()
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private LuceneIndex Open() => OpenIndex(path);

    private static int LiveDocs(LuceneIndex index)
    {
        index.Refresh();
        using var lease = index.AcquireSearcher();
        return lease.Searcher.IndexReader.NumDocs;
    }

    private static List<string> Titles(LuceneIndex index, string id)
    {
        index.Refresh();
        using var lease = index.AcquireSearcher();
        var hits = lease.Searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 10);
        return [.. hits.ScoreDocs.Select(hit => lease.Searcher.Doc(hit.Doc).Get(IndexSchema.Title))];
    }
}
