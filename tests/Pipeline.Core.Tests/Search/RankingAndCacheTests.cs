using Pipeline.Core.Search;
using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Search;

public sealed class RankingAndCacheTests : IDisposable
{
    private readonly TestIndex index = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public void Equal_scores_are_ordered_by_id_across_segments_and_pages()
    {
        // Identical documents score alike; each batch lands in its own segment, in an order unrelated to the ids.
        var ids = Enumerable.Range(0, 60).Select(i => $"id{(i * 37) % 60:00}").ToList();
        foreach (var batch in ids.Chunk(13))
        {
            index.Add([.. batch.Select(id => Doc(id, "Same title", "identical words in every body"))]);
        }

        var paged = Enumerable.Range(1, 7).SelectMany(p => index.Query("identical", page: p, pageSize: 9).Hits.Select(h => h.Id)).ToList();
        var browsed = Enumerable.Range(1, 7).SelectMany(p => index.Query(null, page: p, pageSize: 9).Hits.Select(h => h.Id)).ToList();

        var expected = ids.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, paged);
        Assert.Equal(expected, browsed);
    }

    [Fact]
    public void A_better_score_ranks_first_and_ties_follow_by_id()
    {
        index.Add(
            Doc("c", "Other", "grain"),
            Doc("a", "Other", "grain"),
            Doc("z", "Grain", "grain exports"),
            Doc("b", "Other", "grain"));

        Assert.Equal(["z", "a", "b", "c"], index.Query("grain").Hits.Select(h => h.Id));
        Assert.Equal(["b", "c"], index.Query("grain", page: 2, pageSize: 2).Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_repeated_search_sees_every_change_made_searchable_in_between()
    {
        index.Add(Doc("a", "Harvest", "wheat yields rose"), Doc("b", "Harvest", "wheat prices fell"));
        var before = index.Query("wheat");
        Assert.Same(before, index.Query("wheat"));

        index.Add(Doc("c", "Harvest", "wheat exports grew"));
        var added = index.Query("wheat");
        index.Index.Delete("a");
        index.Index.Refresh();
        var deleted = index.Query("wheat");

        Assert.Equal(2, before.Total);
        Assert.Equal(["a", "b", "c"], added.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["b", "c"], deleted.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, deleted.Total);
    }
}
