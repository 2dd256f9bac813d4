using Pipeline.Core.Enrichment;

namespace Pipeline.Core.Tests.Enrichment;

public class GazetteerTests
{
    private static readonly CountryGazetteer Gazetteer = CountryGazetteer.LoadEmbedded();

    [Fact]
    public void Every_iso_code_and_kosovo_is_present_with_a_name()
    {
        Assert.True(Gazetteer.Codes.Count >= 250);
        Assert.Contains("XK", Gazetteer.Codes);
        Assert.All(Gazetteer.Codes, code =>
        {
            Assert.Matches("^[A-Z]{2}$", code);
            Assert.False(string.IsNullOrWhiteSpace(Gazetteer.NameOf(code)));
        });
    }

    [Theory]
    [InlineData("PS", "Palestine")]
    [InlineData("TR", "Türkiye")]
    [InlineData("XK", "Kosovo")]
    [InlineData("US", "United States")]
    [InlineData("GB", "United Kingdom")]
    public void Names_are_english_short_names(string code, string name)
    {
        Assert.Equal(name, Gazetteer.NameOf(code));
    }

    [Theory]
    [InlineData("Azerbaijani", "AZ")]
    [InlineData("Baku", "AZ")]
    [InlineData("Turkey", "TR")]
    [InlineData("U.S.", "US")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Burma", "MM")]
    [InlineData("Swaziland", "SZ")]
    [InlineData("Gaza Strip", "PS")]
    [InlineData("Tel Aviv", "IL")]
    [InlineData("DR Congo", "CD")]
    public void Resolves_aliases(string text, string code)
    {
        Assert.True(Gazetteer.TryResolve(text, out var resolved));
        Assert.Equal(code, resolved);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("turkey")]
    [InlineData("Jerusalem")]
    [InlineData("New Mexico")]
    [InlineData("Azerbaijan Baku")]
    public void Does_not_resolve_non_aliases(string text)
    {
        Assert.False(Gazetteer.TryResolve(text, out _));
    }

    [Fact]
    public void The_taxonomy_has_the_17_iptc_top_level_topics()
    {
        var taxonomy = TopicTaxonomy.LoadEmbedded();
        var topLevel = taxonomy.Ids.Where(id => taxonomy.ParentOf(id) is null).ToList();
        Assert.Equal(17, topLevel.Count);
        Assert.Contains("conflict-war-peace", topLevel);
        Assert.Equal("Conflict, war and peace", taxonomy.LabelOf("conflict-war-peace"));
        Assert.All(taxonomy.Ids.Except(topLevel), id => Assert.Contains(taxonomy.ParentOf(id)!, topLevel));
        Assert.InRange(taxonomy.Ids.Count - topLevel.Count, 40, 60);
    }
}
