using Lucene.Net.QueryParsers.Classic;
using Pipeline.Core.Search;
using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Search;

public sealed class QueryLanguageTests : IDisposable
{
    private readonly TestIndex index = new();

    public QueryLanguageTests() => index.Add(
        Doc("tr", "Mediators in Ankara", "Officials in Türkiye hosted the grain talks near the harbour.", ["TR"], ["diplomacy"]),
        Doc("ci", "Cocoa prices", "Côte d’Ivoire raised the farm-gate price of cocoa for the harbour season.", ["CI"], ["trade"]),
        Doc("word", "Holiday recipes", "Roast turkey with grain stuffing is a favourite near the harbour.", [], ["lifestyle-leisure"]),
        Doc("eg", "Gaza crossing", "Egypt reopened the Rafah crossing for aid convoys after talks.", ["EG", "PS"], ["humanitarian-aid"]));

    public void Dispose() => index.Dispose();

    [Fact]
    public void A_country_name_finds_documents_tagged_with_it_under_another_name()
    {
        Assert.Contains("tr", Ids("Turkey"));
        Assert.Contains("ci", Ids("Ivory Coast"));
        Assert.Contains("ci", Ids("ivorian"));
        Assert.Equal(["tr"], Ids("Turkey talks"));
    }

    [Fact]
    public void The_country_tag_is_visible_in_scoring()
    {
        index.Add(Doc("tr-mention", "Notes", "A delegation from Turkey visited.", ["TR"]), Doc("no-tag", "Notes", "A delegation from Turkey visited."));

        var hits = index.Query("Turkey").Hits.ToDictionary(h => h.Id, h => h.Score);

        Assert.True(hits["tr-mention"] > hits["no-tag"], $"tagged {hits["tr-mention"]} vs untagged {hits["no-tag"]}");
    }

    [Theory]
    [InlineData("country:TR", "tr")]
    [InlineData("country:tr", "tr")]
    [InlineData("country:Turkey", "tr")]
    [InlineData("country:\"Ivory Coast\"", "ci")]
    [InlineData("topic:trade", "ci")]
    [InlineData("title:cocoa", "ci")]
    [InlineData("\"farm gate price\"", "ci")]
    [InlineData("\"reopened crossing\"~2", "eg")]
    [InlineData("cocao~1", "ci")]
    [InlineData("convo*", "eg")]
    [InlineData("+harbour -turkey -Türkiye", "ci")]
    [InlineData("harbour AND NOT (grain OR cocoa)", null)]
    [InlineData("(crossing OR cocoa) AND aid", "eg")]
    public void Lucene_syntax_works_over_text_and_tag_fields(string query, string? expected) =>
        Assert.Equal(expected is null ? [] : [expected], Ids(query));

    [Theory]
    [InlineData("title:(", "column")]
    [InlineData("colour:red", "Unknown field 'colour'")]
    [InlineData("country:Atlantis", "Unknown country 'Atlantis'")]
    [InlineData("topic:gardening", "Unknown topic 'gardening'")]
    [InlineData("*ation", "'*' or '?' not allowed as first character")]
    [InlineData("/reg.x/", "Regular expressions are not supported")]
    public void Bad_queries_are_refused_with_a_reason(string query, string reason)
    {
        var error = Assert.Throws<ParseException>(() => index.Query(query));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_points_at_the_column_the_user_typed_even_when_a_country_was_expanded()
    {
        var error = Assert.Throws<ParseException>(() => index.Query("Turkey AND ("));

        Assert.Contains("column 12", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("country:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_clauses_are_refused()
    {
        var query = string.Join(" OR ", Enumerable.Range(0, 70).Select(i => $"word{i}"));

        var error = Assert.Throws<ParseException>(() => index.Query(query));
        Assert.Contains("limit is 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_scores_are_ordered_by_id_so_pages_are_stable()
    {
        using var same = new TestIndex();
        same.Add([.. new[] { "d", "b", "e", "a", "c" }.Select(id => Doc(id, "Same", "identical text"))]);

        var first = same.Query("identical", pageSize: 2).Hits.Select(h => h.Id);
        var second = same.Query("identical", page: 2, pageSize: 2).Hits.Select(h => h.Id);
        var third = same.Query("identical", page: 3, pageSize: 2).Hits.Select(h => h.Id);

        Assert.Equal(["a", "b", "c", "d", "e"], first.Concat(second).Concat(third));
    }

    private List<string> Ids(string query) => [.. index.Query(query, pageSize: 50).Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];
}
