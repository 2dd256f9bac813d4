using Lucene.Net.Documents;
using Pipeline.Core.Indexing;
using Pipeline.Core.Search;
using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Search;

public sealed class LegacyDateTermsTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2025, 9, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string path = NewFolder();

    public void Dispose() => System.IO.Directory.Delete(path, recursive: true);

    [Fact]
    public void Date_ranges_find_documents_indexed_with_millisecond_terms_and_with_day_terms_even_in_one_merged_segment()
    {
        WriteTheOldWay(Doc("old-in", "Old", "news", published: Noon), Doc("old-out", "Old", "news", published: Noon.AddDays(-3)));
        using (var index = Open())
        {
            index.Upsert(Doc("new-in", "New", "news", published: Noon.AddHours(1)));
            index.Upsert(Doc("new-out", "New", "news", published: Noon.AddDays(3)));
            index.Commit();
            Assert.Equal(["new-in", "old-in"], InRange(index));
        }

        MergeIntoOneSegment();
        using (var merged = Open())
        {
            using (var lease = merged.AcquireSearcher())
            {
                Assert.Single(lease.Searcher.IndexReader.Leaves);
            }

            Assert.Equal(["new-in", "old-in"], InRange(merged));
        }
    }

    private LuceneIndex Open() => OpenIndex(path);

    private void MergeIntoOneSegment()
    {
        using var writer = RawWriter(path);
        writer.ForceMerge(1);
        writer.Commit();
    }

    private static string[] InRange(LuceneIndex index)
    {
        index.Refresh();
        var request = new SearchRequest(null, [], [], Noon.AddHours(-1), Noon.AddHours(2), SearchSort.Relevance, 1, 10, 20);
        return [.. SearchOver(index).Search(request).Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];
    }

    // As indexes were written before the day field: the date as millisecond trie terms (precision step 4), no day terms.
    private void WriteTheOldWay(params Documents.NormalizedDocument[] documents)
    {
        using var writer = RawWriter(path);
        foreach (var document in documents)
        {
            var lucene = IndexSchema.ToLuceneDocument(document);
            lucene.RemoveFields(IndexSchema.PublishedDay);
            lucene.Add(new Int64Field(IndexSchema.LegacyPublished, document.Published!.Value.ToUnixTimeMilliseconds(), Field.Store.NO));
            writer.AddDocument(lucene);
        }

        writer.Commit();
    }
}
