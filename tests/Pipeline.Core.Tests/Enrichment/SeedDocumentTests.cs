namespace Pipeline.Core.Tests.Enrichment;

public class SeedDocumentTests
{
    private static readonly Documents.Enrichment Result = EnrichSeed();

    private static Documents.Enrichment EnrichSeed()
    {
        var lines = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_88ed6354c8f5a368.txt")).Split('\n', 2);
        return SharedEnricher.Instance.Enrich(lines[0], null, lines[1]);
    }

    [Theory]
    [InlineData("AZ")]
    [InlineData("PS")]
    [InlineData("IL")]
    [InlineData("AM")]
    [InlineData("EG")]
    [InlineData("TR")]
    [InlineData("DZ")]
    public void Finds_the_countries_the_article_discusses(string code)
    {
        Assert.Contains(Result.Countries, c => c.Code == code);
    }

    [Fact]
    public void Azerbaijan_is_the_top_and_main_country()
    {
        var top = Result.Countries[0];
        Assert.Equal("AZ", top.Code);
        Assert.True(top.Main);
        Assert.True(top.InTitle);
        Assert.Equal("Azerbaijan", top.Name);
    }

    [Fact]
    public void Palestine_is_named_and_main()
    {
        var palestine = Result.Countries.Single(c => c.Code == "PS");
        Assert.Equal("Palestine", palestine.Name);
        Assert.True(palestine.Main);
        Assert.Contains(palestine.Evidence, e => e.Text == "Gaza Strip");
        Assert.Contains(palestine.Evidence, e => e.Text == "Ramallah");
    }

    [Fact]
    public void Jerusalem_is_not_counted_for_any_country()
    {
        Assert.DoesNotContain(Result.Countries.SelectMany(c => c.Evidence), e => e.Text.Contains("Jerusalem", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("politics")]
    [InlineData("diplomacy")]
    [InlineData("religion")]
    [InlineData("conflict-war-peace")]
    [InlineData("peacekeeping")]
    public void Finds_the_topics_the_article_discusses(string id)
    {
        Assert.Contains(Result.Topics, t => t.Id == id);
    }

    [Fact]
    public void Does_not_invent_unrelated_topics()
    {
        Assert.DoesNotContain(Result.Topics, t => t.Id is "sport" or "weather" or "football" or "lifestyle-leisure");
    }
}
