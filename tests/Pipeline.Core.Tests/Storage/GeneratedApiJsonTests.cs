using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Core.Search;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Tests.Storage;

public sealed class GeneratedApiJsonTests
{
    private static readonly SearchResponse Marked = new(
            12_345_678_901,
            2,
            10,
            [
                new SearchHit(
                    "0123456789abcdef", "The <mark>central bank</mark> &amp; “rates”", "… 中文 \"quoted\" \\ line\nbreak <mark>é</mark>",
                    ["TR", "AZ"], ["TR"], ["economy-business-finance", "economy-business-finance/central-banks"],
                    new DateTimeOffset(2026, 3, 1, 14, 30, 5, 120, TimeSpan.FromHours(3)), "reports/a b/é.html", 7.25f),
                new SearchHit("fedcba9876543210", "Untitled", "", [], [], [], null, "x.txt", 2f),
                new SearchHit("00000000000000ff", "t", "s", ["US"], [], ["sport"], new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.FromHours(-9.5)), "y.md", 0.1f),
            ],
            new SearchFacets(
                [new FacetValue("TR", "Türkiye", 3, true), new FacetValue("AZ", "Azerbaijan", 1, false)],
                [new FacetValue("sport", "Sport", 0, false)]));

    public static TheoryData<SearchResponse> Responses() => new() { Marked, new SearchResponse(0, 1, 10, [], new SearchFacets([], [])) };

    [Theory]
    [MemberData(nameof(Responses))]
    public void A_search_response_is_written_in_the_pipelines_dialect(SearchResponse response)
    {
        var written = PipelineJson.Serialize(response);

        var expected = Parsed(JsonConvert.SerializeObject(response, PipelineJson.Settings));
        var actual = Parsed(written);
        Assert.True(JToken.DeepEquals(expected, actual), $"expected {expected}, got {actual}");
    }

    [Fact]
    public void Marks_and_non_ascii_text_are_written_as_they_are()
    {
        var written = PipelineJson.Serialize(Marked);

        Assert.Contains("The <mark>central bank</mark> &amp; “rates”", written, StringComparison.Ordinal);
        Assert.Contains("中文", written, StringComparison.Ordinal);
        Assert.Contains("\"published\":null", written, StringComparison.Ordinal);
    }

    /// <summary>The JSON as a tree whose numbers are all doubles: a score of 2 is written "2", where Newtonsoft wrote "2.0".</summary>
    private static JContainer Parsed(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.DateTimeOffset };
        var tree = (JContainer)JToken.Load(reader);
        foreach (var number in tree.DescendantsAndSelf().OfType<JValue>().Where(v => v.Type is JTokenType.Integer or JTokenType.Float).ToList())
        {
            number.Replace(new JValue(number.Value<double>()));
        }

        return tree;
    }
}
