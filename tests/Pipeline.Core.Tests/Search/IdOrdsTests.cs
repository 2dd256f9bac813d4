using System.Text;
using Pipeline.Core.Search;
using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Search;

public sealed class IdOrdsTests : IDisposable
{
    private readonly TestIndex index = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public void A_segment_s_ids_are_held_in_byte_order_and_found_as_Lucene_s_lookup_finds_them()
    {
        index.Add(Doc("m", "One", "text"), Doc("c", "One", "text"), Doc("x", "One", "text"));
        index.Add(Doc("a", "Two", "text"), Doc("n", "Two", "text"));

        using var lease = index.Index.AcquireSearcher();
        var leaves = lease.Searcher.IndexReader.Leaves;
        Assert.Equal(2, leaves.Count);
        var first = IdOrds.For(leaves[0].AtomicReader);

        Assert.True(first.HasIds);
        Assert.Equal(["c", "m", "x"], Enumerable.Range(0, 3).Select(ord => Encoding.UTF8.GetString(first.Id(ord))));
        Assert.Equal([0, 1, 2], new[] { "c", "m", "x" }.Select(id => first.Find(Encoding.UTF8.GetBytes(id))));

        // Ids of the other segment are not here: the answer is -(insertion point) - 1, where they would sort.
        Assert.Equal(-1, first.Find("a"u8));
        Assert.Equal(-3, first.Find("n"u8));
        Assert.Equal(-4, first.Find("z"u8));
        Assert.True(first.Id(-1).IsEmpty);
        Assert.Same(first, IdOrds.For(leaves[0].AtomicReader));
    }
}
