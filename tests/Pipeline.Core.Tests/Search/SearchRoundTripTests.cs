using Pipeline.Core.Search;
using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Search;

public sealed class SearchRoundTripTests : IDisposable
{
    private readonly TestIndex index = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public void Finds_a_document_by_a_word_in_its_body_and_marks_it_in_the_snippet()
    {
        index.Add(
            Doc("a", "Talks resume", "Envoys discussed a peacekeeping force for the border.", ["AZ"]),
            Doc("b", "Harvest report", "Wheat yields rose again this year.", ["UA"]));

        var result = index.Query("peacekeeping");

        var hit = Assert.Single(result.Hits);
        Assert.Equal(1, result.Total);
        Assert.Equal("a", hit.Id);
        Assert.Contains("<mark>peacekeeping</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(["AZ"], hit.Countries);
        Assert.Equal(["AZ"], hit.MainCountries);
    }

    [Fact]
    public void A_match_in_the_title_ranks_above_a_match_in_the_body()
    {
        index.Add(
            Doc("body", "Weekly digest", "Among other things, the summit on grain exports was postponed once more."),
            Doc("title", "Grain summit postponed", "Organisers gave no new date for the meeting in the capital."));

        var result = index.Query("grain");

        Assert.Equal(["title", "body"], result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Diacritics_and_inflections_are_folded_both_ways()
    {
        index.Add(Doc("tr", "Türkiye’s mediators", "Officials in Türkiye mediated the talks."));

        Assert.Equal(1, index.Query("Turkiye").Total);
        Assert.Equal(1, index.Query("türkiye").Total);
        Assert.Equal(1, index.Query("mediate").Total);
        Assert.Equal(1, index.Query("talk").Total);
    }

    [Fact]
    public void Terms_are_combined_with_AND_by_default()
    {
        index.Add(Doc("1", "One", "alpha beta"), Doc("2", "Two", "alpha gamma"));

        Assert.Equal(["1"], index.Query("alpha beta").Hits.Select(h => h.Id));
        Assert.Equal(2, index.Query("beta OR gamma").Total);
        Assert.Equal(["2"], index.Query("alpha -beta").Hits.Select(h => h.Id));
        Assert.Equal(["1"], index.Query("\"alpha beta\"").Hits.Select(h => h.Id));
    }

    [Fact]
    public void Markup_in_a_document_is_escaped_and_only_matches_are_marked()
    {
        index.Add(Doc("x", "<b>Bold</b> claims", "A page said <script>alert('x')</script> about elections & more."));

        var hit = Assert.Single(index.Query("elections").Hits);

        Assert.DoesNotContain("<script>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>elections</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("&lt;b&gt;Bold&lt;/b&gt; claims", hit.Title);
    }

    [Fact]
    public void The_title_is_highlighted_when_it_matches()
    {
        index.Add(Doc("x", "Floods in Dhaka", "Rivers rose after days of rain."));

        Assert.Equal("<mark>Floods</mark> in Dhaka", Assert.Single(index.Query("flood").Hits).Title);
    }

    [Fact]
    public void Upserting_the_same_id_replaces_and_deleting_removes()
    {
        index.Add(Doc("a", "First", "original wording"));
        index.Add(Doc("a", "Second", "replacement wording"));

        Assert.Equal(0, index.Query("original").Total);
        Assert.Equal(1, index.Query("replacement").Total);
        Assert.Equal(1, index.Query(null).Total);

        index.Index.Delete("a");
        index.Index.Refresh();
        Assert.Equal(0, index.Query(null).Total);
    }

    [Fact]
    public void An_empty_query_matches_everything_and_the_snippet_is_the_lead()
    {
        index.Add(Doc("a", "A", "First words of a."), Doc("b", "B", "First words of b."));

        var result = index.Query("  ");

        Assert.Equal(2, result.Total);
        Assert.Contains(result.Hits, h => h.Snippet == "First words of a.");
    }

    [Fact]
    public void Dates_filter_and_sort_with_undated_documents_last()
    {
        var day = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        index.Add(
            Doc("mar", "March", "news", published: day),
            Doc("may", "May", "news", published: day.AddMonths(2)),
            Doc("jan", "January", "news", published: day.AddMonths(-2)),
            Doc("undated", "Undated", "news"));

        Assert.Equal(["may", "mar", "jan", "undated"], index.Query("news", sort: SearchSort.Newest).Hits.Select(h => h.Id));
        Assert.Equal(["jan", "mar", "may", "undated"], index.Query("news", sort: SearchSort.Oldest).Hits.Select(h => h.Id));
        Assert.Equal(["mar"], index.Query("news", from: day, to: day.AddDays(1)).Hits.Select(h => h.Id));
        Assert.Equal(day, index.Query("news", from: day, to: day.AddDays(1)).Hits[0].Published);
    }

    [Fact]
    public void A_date_range_includes_both_ends_reaches_before_1970_and_never_matches_undated_documents()
    {
        var moonLanding = new DateTimeOffset(1969, 7, 20, 20, 17, 0, TimeSpan.Zero);
        var millennium = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        index.Add(
            Doc("1969", "Landing", "news", published: moonLanding),
            Doc("2000", "Millennium", "news", published: millennium),
            Doc("2001", "Next year", "news", published: millennium.AddYears(1)),
            Doc("undated", "Undated", "news"));

        // Undated documents hold 0, the Unix epoch, in the date's doc values: a range across 1970 must still leave them out.
        Assert.Equal(["1969", "2000"], index.Query("news", to: millennium, sort: SearchSort.Oldest).Hits.Select(h => h.Id));
        Assert.Equal(["2000", "2001"], index.Query("news", from: millennium, sort: SearchSort.Oldest).Hits.Select(h => h.Id));
        Assert.Equal(["1969"], index.Query(null, from: moonLanding, to: moonLanding).Hits.Select(h => h.Id));
        Assert.Equal(3, index.Query(null, from: moonLanding.AddYears(-1)).Total);
        Assert.Equal(0, index.Query("news", from: millennium.AddDays(1), to: millennium.AddMonths(6)).Total);
    }

    [Fact]
    public void A_date_range_that_starts_or_ends_within_a_day_is_exact_to_the_millisecond()
    {
        var noon = new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);
        index.Add(
            Doc("morning", "Morning", "news", published: noon.AddHours(-2)),
            Doc("noon", "Noon", "news", published: noon),
            Doc("evening", "Evening", "news", published: noon.AddHours(6)));

        Assert.Equal(["noon", "evening"], index.Query("news", from: noon, sort: SearchSort.Oldest).Hits.Select(h => h.Id));
        Assert.Equal(["morning", "noon"], index.Query("news", to: noon, sort: SearchSort.Oldest).Hits.Select(h => h.Id));
        Assert.Equal(["evening"], index.Query(null, from: noon.AddTicks(TimeSpan.TicksPerMillisecond)).Hits.Select(h => h.Id));
        Assert.Equal(["noon"], index.Query(null, from: noon, to: noon).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Pages_neither_repeat_nor_skip_hits()
    {
        index.Add([.. Enumerable.Range(0, 25).Select(i => Doc($"d{i:00}", $"Doc {i}", $"common word {string.Join(' ', Enumerable.Repeat("common", i % 5))}"))]);

        var pages = Enumerable.Range(1, 3).SelectMany(p => index.Query("common", page: p, pageSize: 10).Hits.Select(h => h.Id)).ToList();

        Assert.Equal(25, pages.Count);
        Assert.Equal(25, pages.Distinct().Count());
        Assert.Equal(25, index.Query("common", page: 3, pageSize: 10).Total);
    }
}
