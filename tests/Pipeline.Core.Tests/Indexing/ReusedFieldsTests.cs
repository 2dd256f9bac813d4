using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Core.Indexing;
using Pipeline.Core.Tests.Search;

namespace Pipeline.Core.Tests.Indexing;

/// <summary>Documents built one after another from one set of reused fields keep each its own doc values.</summary>
public sealed class ReusedFieldsTests
{
    [Fact]
    public void EachDocumentKeepsItsOwnIdCountriesTopicsAndTime()
    {
        // Different numbers of countries and topics from one document to the next, longer and shorter ids, with and without a date.
        var documents = new[]
        {
            TestIndex.Doc("first-document-with-a-long-id", "One", "alpha", ["FR", "DE", "IT"], ["11000000", "04000000"], DateTimeOffset.Parse("2024-03-01T10:00:00Z")),
            TestIndex.Doc("b", "Two", "beta", ["JP"], [], null),
            TestIndex.Doc("third", "Three", "gamma", [], ["15000000"], DateTimeOffset.Parse("1999-12-31T23:59:59Z")),
            TestIndex.Doc("fourth", "Four", "delta", ["US", "CA"], ["11000000", "16000000", "04000000"], DateTimeOffset.Parse("2025-07-04T00:00:00Z")),
        };

        var path = TestIndex.NewFolder();
        try
        {
            var fields = new KeywordFields();
            using (var writer = TestIndex.RawWriter(path))
            {
                foreach (var document in documents)
                {
                    writer.AddDocument(IndexSchema.ToLuceneDocument(document, fields));
                }

                writer.Commit();
            }

            using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(path));
            var leaf = Assert.Single(reader.Leaves).AtomicReader;
            for (var doc = 0; doc < documents.Length; doc++)
            {
                var expected = documents[doc];
                var id = new BytesRef();
                leaf.GetSortedDocValues(IndexSchema.IdSort).Get(doc, id);
                Assert.Equal(expected.Id, id.Utf8ToString());
                Assert.Equal(expected.Countries.Select(c => c.Code).Order(), Values(leaf.GetSortedSetDocValues(IndexSchema.CountryFacet), doc).Order());
                Assert.Equal(expected.Topics.Select(t => t.Id).Order(), Values(leaf.GetSortedSetDocValues(IndexSchema.TopicFacet), doc).Order());
                var time = leaf.GetNumericDocValues(IndexSchema.PublishedSort)?.Get(doc);
                Assert.Equal(expected.Published?.ToUnixTimeMilliseconds() ?? 0, time ?? 0);
            }
        }
        finally
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    private static List<string> Values(SortedSetDocValues? values, int doc)
    {
        var result = new List<string>();
        if (values is null)
        {
            return result;
        }

        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            var term = new BytesRef();
            values.LookupOrd(ord, term);
            result.Add(term.Utf8ToString());
        }

        return result;
    }
}
