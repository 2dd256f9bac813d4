namespace Pipeline.Core.Tests.Enrichment;

public class MatchingTests
{
    [Theory]
    [InlineData("Azerbaijan's president spoke.", "AZ", "Azerbaijan")]
    [InlineData("Israel’s cabinet met.", "IL", "Israel")]
    [InlineData("The United States’ position changed.", "US", "United States")]
    public void Possessives_match_without_their_s(string sentence, string code, string evidence)
    {
        var country = SharedEnricher.Instance.Enrich("Untitled", null, sentence).Countries.Single(c => c.Code == code);
        Assert.Equal(evidence, Assert.Single(country.Evidence).Text);
    }

    [Theory]
    [InlineData("Turkiye and Azerbaijan", "TR")]
    [InlineData("Türkiye and Azerbaijan", "TR")]
    [InlineData("Cote d'Ivoire beat Ghana", "CI")]
    [InlineData("Côte d’Ivoire beat Ghana", "CI")]
    [InlineData("Flights to Azərbaycan", "AZ")]
    [InlineData("Gespräche in Aserbaidschan", "AZ")]
    [InlineData("U.S. officials said", "US")]
    public void Diacritics_and_apostrophes_fold(string sentence, string code)
    {
        Assert.Contains(code, SharedEnricher.CountryCodes(sentence));
    }

    [Fact]
    public void Evidence_offsets_point_at_the_matched_text_in_each_field()
    {
        const string title = "Türkiye and Azerbaijan's leaders meet";
        const string subtitle = "Talks in Baku on Gaza";
        const string body = "The U.S. and the UK watched. Israel’s envoy and Egyptian diplomats attended; peacekeepers were discussed.";
        var result = SharedEnricher.Instance.Enrich(title, subtitle, body);
        var fields = new Dictionary<string, string> { ["title"] = title, ["subtitle"] = subtitle, ["body"] = body };
        var evidence = result.Countries.SelectMany(c => c.Evidence).Concat(result.Topics.SelectMany(t => t.Evidence)).ToList();
        Assert.True(evidence.Count >= 8);
        Assert.All(evidence, e => Assert.Equal(e.Text, fields[e.Field].Substring(e.Offset, e.Length)));
        Assert.Equal(["title", "subtitle", "body"], evidence.Select(e => e.Field).Distinct().OrderBy(f => f == "body" ? 2 : f == "subtitle" ? 1 : 0));
    }

    [Fact]
    public void Cjk_names_match_inside_unspaced_text()
    {
        Assert.Contains("AZ", SharedEnricher.CountryCodes("总统访问阿塞拜疆和中国。"));
    }
}
