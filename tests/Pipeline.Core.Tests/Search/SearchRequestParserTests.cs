using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Pipeline.Core.Configuration;
using Pipeline.Core.Search;

namespace Pipeline.Core.Tests.Search;

public sealed class SearchRequestParserTests
{
    private readonly SearchRequestParser parser = new(new FixedVocabulary(), Options.Create(new SearchOptions()));

    [Fact]
    public void Repeated_and_comma_separated_facet_values_are_collected_canonically_without_duplicates()
    {
        var ok = parser.TryParse(Query(("country", "az"), ("country", "PS,IL"), ("country", "AZ"), ("topic", "Politics")), out var request, out _);

        Assert.True(ok);
        Assert.Equal(["AZ", "PS", "IL"], request.Countries);
        Assert.Equal(["politics"], request.Topics);
    }

    [Fact]
    public void Defaults_apply_when_parameters_are_absent()
    {
        Assert.True(parser.TryParse(Query(), out var request, out _));

        Assert.Null(request.Query);
        Assert.Equal(1, request.Page);
        Assert.Equal(10, request.PageSize);
        Assert.Equal(SearchSort.Relevance, request.Sort);
    }

    [Fact]
    public void Dates_cover_whole_days_and_accept_date_times()
    {
        Assert.True(parser.TryParse(Query(("from", "2026-03-01"), ("to", "2026-03-31"), ("sort", "newest")), out var request, out _));

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), request.From);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 23, 59, 59, TimeSpan.Zero), request.To!.Value.AddTicks(-(request.To.Value.Ticks % TimeSpan.TicksPerSecond)));
        Assert.Equal(SearchSort.Newest, request.Sort);

        Assert.True(parser.TryParse(Query(("from", "2026-03-01T12:00:00+02:00")), out var precise, out _));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), precise.From);
    }

    [Theory]
    [InlineData("pageSize", "0", "pageSize")]
    [InlineData("pageSize", "101", "pageSize")]
    [InlineData("page", "-1", "page")]
    [InlineData("page", "2000", "page")]
    [InlineData("country", "ZZ", "country")]
    [InlineData("topic", "gardening", "topic")]
    [InlineData("from", "01/03/2026", "from")]
    [InlineData("sort", "random", "sort")]
    public void Each_bad_parameter_is_named_in_the_errors(string name, string value, string expectedKey)
    {
        Assert.False(parser.TryParse(Query((name, value)), out _, out var errors));

        Assert.Contains(expectedKey, errors.Keys);
        Assert.All(errors[expectedKey], message => Assert.Contains(value, message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_parameter_is_refused_with_the_known_ones_listed()
    {
        Assert.False(parser.TryParse(Query(("colour", "red"), ("q", "x")), out _, out var errors));

        var message = Assert.Single(errors["colour"]);
        Assert.Contains("'colour'", message, StringComparison.Ordinal);
        Assert.Contains("pageSize", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused()
    {
        Assert.False(parser.TryParse(Query(("from", "2026-05-01"), ("to", "2026-04-01")), out _, out var errors));
        Assert.Contains("from", errors.Keys);
    }

    [Fact]
    public void An_over_long_query_is_refused()
    {
        Assert.False(parser.TryParse(Query(("q", new string('a', 1001))), out _, out var errors));
        Assert.Contains("1001", errors["q"][0], StringComparison.Ordinal);
    }

    private static Dictionary<string, StringValues> Query(params (string Name, string Value)[] parameters) =>
        parameters.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => new StringValues([.. g.Select(p => p.Value)]));

    private sealed class FixedVocabulary : IFacetVocabulary
    {
        public bool IsKnown(FacetDimension dimension, string value) =>
            dimension == FacetDimension.Country ? value is "AZ" or "PS" or "IL" : value is "politics";

        public string Label(FacetDimension dimension, string value) => value;
    }
}
