using Pipeline.Core.Documents;
using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Search;

/// <summary>Every count the searcher reports is checked against a brute-force count over the same documents.</summary>
public sealed class FacetCountTests : IDisposable
{
    private static readonly string[] Countries = ["AZ", "PS", "IL", "AM", "EG", "TR", "DZ", "FR"];
    private static readonly string[] Topics = ["politics", "diplomacy", "religion", "sport", "economy", "health"];
    private static readonly string[] Words = ["alpha", "beta", "gamma", "delta", "epsilon"];
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TestIndex index = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public void Counts_match_brute_force_for_many_query_and_filter_combinations()
    {
        var random = new Random(20261128);
        var documents = Enumerable.Range(0, 400).Select(i => Doc(
            $"d{i:000}",
            $"Title {i}",
            string.Join(' ', Pick(random, Words, 1, 3)),
            Pick(random, Countries, 0, 4),
            Pick(random, Topics, 0, 3),
            random.Next(5) == 0 ? null : Epoch.AddDays(random.Next(365)))).ToList();

        // Several segments, some deletions and a replacement: counts must survive all of them.
        foreach (var batch in documents.Chunk(90))
        {
            index.Add(batch);
        }

        index.Index.Delete("d005");
        index.Index.Delete("d123");
        documents.RemoveAll(d => d.Id is "d005" or "d123");
        var replaced = documents[7] with { Countries = [new CountryTag("FR", "FR", 1, 0, false, 1, true, [])] };
        documents[7] = replaced;
        index.Add(replaced);

        for (var trial = 0; trial < 200; trial++)
        {
            var word = random.Next(3) == 0 ? null : Words[random.Next(Words.Length)];
            var countries = Pick(random, Countries, 0, 3);
            var topics = Pick(random, Topics, 0, 2);
            DateTimeOffset? from = random.Next(3) == 0 ? Epoch.AddDays(random.Next(365)) : null;
            DateTimeOffset? to = random.Next(3) == 0 ? Epoch.AddDays(random.Next(365)) : null;

            var result = index.Query(word, countries, topics, pageSize: 500, from: from, to: to);

            bool InRange(NormalizedDocument d) =>
                (from is null && to is null) || (d.Published is { } p && (from is null || p >= from) && (to is null || p <= to));
            bool Text(NormalizedDocument d) => (word is null || d.Body.Split(' ').Contains(word)) && InRange(d);
            bool InCountries(NormalizedDocument d) => countries.Length == 0 || d.Countries.Any(c => countries.Contains(c.Code));
            bool InTopics(NormalizedDocument d) => topics.Length == 0 || d.Topics.Any(t => topics.Contains(t.Id));
            var expectedHits = documents.Where(d => Text(d) && InCountries(d) && InTopics(d)).Select(d => d.Id).ToHashSet();
            var expectedCountries = documents.Where(d => Text(d) && InTopics(d)).SelectMany(d => d.Countries.Select(c => c.Code))
                .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
            var expectedTopics = documents.Where(d => Text(d) && InCountries(d)).SelectMany(d => d.Topics.Select(t => t.Id))
                .GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());

            var context = $"trial {trial}: q={word} from={from:d} to={to:d} country={string.Join(',', countries)} topic={string.Join(',', topics)}";
            Assert.True(expectedHits.Count == result.Total, $"{context}: total {result.Total}, expected {expectedHits.Count}");
            Assert.True(expectedHits.SetEquals(result.Hits.Select(h => h.Id)), $"{context}: hits differ");
            AssertCounts(expectedCountries, countries, result.Facets.Country, context);
            AssertCounts(expectedTopics, topics, result.Facets.Topic, context);
        }
    }

    [Fact]
    public void Counts_follow_changes_made_between_searches_of_the_same_segments()
    {
        // Facet ordinals are cached per segment: a later search must see replacements, deletions and new segments.
        index.Add(
            Doc("a", "A", "alpha", ["FR"], ["sport"]),
            Doc("b", "B", "alpha", ["FR", "TR"], ["economy"]),
            Doc("c", "C", "alpha", ["TR"], ["sport"]));
        var before = index.Query("alpha", topics: ["sport"]);
        Assert.Equal(2, before.Total);
        Assert.Equal(1, before.Facets.Country.Single(f => f.Value == "FR").Count);

        index.Add(Doc("a", "A", "alpha", ["AZ"], ["sport"]), Doc("d", "D", "alpha", ["FR"], ["sport"]));
        index.Index.Delete("c");
        index.Index.Refresh();
        var after = index.Query("alpha", topics: ["sport"]);

        Assert.Equal(2, after.Total);
        Assert.Equal(1, after.Facets.Country.Single(f => f.Value == "FR").Count);
        Assert.Equal(1, after.Facets.Country.Single(f => f.Value == "AZ").Count);
        Assert.DoesNotContain(after.Facets.Country, f => f.Value == "TR");
        Assert.Equal(2, after.Facets.Topic.Single(f => f.Value == "sport").Count);
        Assert.Equal(1, after.Facets.Topic.Single(f => f.Value == "economy").Count);
    }

    [Fact]
    public void Browsing_counts_and_pages_follow_deletions_in_segments_already_counted()
    {
        // Browsing reads histograms and id order cached per segment; deleting documents a search has counted must show.
        index.Add(Doc("a", "A", "x", ["FR"], ["sport"]), Doc("b", "B", "x", ["FR", "TR"], ["economy"]), Doc("c", "C", "x", ["TR"], ["sport"]));
        index.Add(Doc("d", "D", "x", ["TR"], ["economy"]), Doc("e", "E", "x", ["AM"], ["sport"]));
        var before = index.Query(null, pageSize: 2);
        Assert.Equal(["a", "b"], before.Hits.Select(h => h.Id));
        Assert.Equal(3, before.Facets.Country.Single(f => f.Value == "TR").Count);

        index.Index.Delete("a");
        index.Index.Delete("d");
        index.Index.Refresh();
        var after = index.Query(null, pageSize: 2);
        var selected = index.Query(null, countries: ["TR"], pageSize: 2);

        Assert.Equal(3, after.Total);
        Assert.Equal(["b", "c"], after.Hits.Select(h => h.Id));
        Assert.Equal(["c", "e"], index.Query(null, page: 2, pageSize: 1).Hits.Select(h => h.Id).Concat(index.Query(null, page: 3, pageSize: 1).Hits.Select(h => h.Id)));
        Assert.Equal(2, after.Facets.Country.Single(f => f.Value == "TR").Count);
        Assert.Equal(1, after.Facets.Country.Single(f => f.Value == "FR").Count);
        Assert.Equal(2, after.Facets.Topic.Single(f => f.Value == "sport").Count);
        Assert.Equal(2, selected.Total);
        Assert.Equal(["b", "c"], selected.Hits.Select(h => h.Id));
        Assert.Equal(1, selected.Facets.Topic.Single(f => f.Value == "economy").Count);
        Assert.Equal(4, selected.Facets.Country.Sum(f => f.Count));
    }

    [Fact]
    public void A_country_or_topic_tagged_twice_counts_and_shows_once_in_first_seen_order()
    {
        index.Add(Doc("a", "A", "alpha", ["TR", "FR", "TR"], ["sport", "economy", "sport"]), Doc("b", "B", "alpha", ["FR"], ["sport"]));

        var result = index.Query("alpha", pageSize: 10);

        var hit = Assert.Single(result.Hits, h => h.Id == "a");
        Assert.Equal(["TR", "FR"], hit.Countries);
        Assert.Equal(["sport", "economy"], hit.Topics);
        Assert.Equal(1, result.Facets.Country.Single(f => f.Value == "TR").Count);
        Assert.Equal(2, result.Facets.Country.Single(f => f.Value == "FR").Count);
        Assert.Equal(2, result.Facets.Topic.Single(f => f.Value == "sport").Count);
        Assert.Equal(1, result.Facets.Topic.Single(f => f.Value == "economy").Count);
    }

    [Fact]
    public void Selected_values_are_flagged_and_returned_even_with_no_documents()
    {
        index.Add(Doc("a", "A", "alpha", ["AZ"], ["politics"]));

        var result = index.Query("alpha", countries: ["FR"]);

        Assert.Equal(0, result.Total);
        var fr = Assert.Single(result.Facets.Country, f => f.Value == "FR");
        Assert.True(fr.Selected);
        Assert.Equal(0, fr.Count);
        var az = Assert.Single(result.Facets.Country, f => f.Value == "AZ");
        Assert.False(az.Selected);
        Assert.Equal(1, az.Count);
        Assert.Equal("label:AZ", az.Label);
    }

    [Fact]
    public void Facet_values_are_ordered_by_count_then_value_and_cut_at_facet_size()
    {
        index.Add(
            Doc("a", "A", "x", ["TR", "EG"]),
            Doc("b", "B", "x", ["TR", "AM"]),
            Doc("c", "C", "x", ["TR", "AM"]));

        var all = index.Query(null).Facets.Country;
        Assert.Equal(["TR", "AM", "EG"], all.Select(f => f.Value));
        Assert.Equal([3, 2, 1], all.Select(f => f.Count));

        var top = index.Search.Search(new Pipeline.Core.Search.SearchRequest(null, [], [], null, null, default, 1, 10, 2)).Facets.Country;
        Assert.Equal(["TR", "AM"], top.Select(f => f.Value));
    }

    private static void AssertCounts(
        Dictionary<string, int> expected, string[] selected, IReadOnlyList<Pipeline.Core.Search.FacetValue> actual, string context)
    {
        var reported = actual.Where(f => f.Count > 0).ToDictionary(f => f.Value, f => f.Count);
        Assert.True(
            expected.Count == reported.Count && expected.All(e => reported.GetValueOrDefault(e.Key) == e.Value),
            $"{context}: expected {Show(expected)}, got {Show(reported)}");
        Assert.All(selected, s => Assert.Contains(actual, f => f.Value == s && f.Selected));
        Assert.All(actual.Where(f => !selected.Contains(f.Value)), f => Assert.False(f.Selected));
    }

    private static string Show(Dictionary<string, int> counts) =>
        string.Join(' ', counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));

    private static string[] Pick(Random random, string[] from, int min, int max) =>
        [.. from.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1))];
}
