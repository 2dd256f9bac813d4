namespace Pipeline.Core.Tests.Enrichment;

public class SalienceTests
{
    [Fact]
    public void Countries_are_ordered_by_salience_and_the_title_country_leads()
    {
        var result = SharedEnricher.Instance.Enrich(
            "Kenya signs a trade deal",
            null,
            "Kenya and its neighbours met. Officials from Kenya praised it. A note from Peru was read at the end.");
        var codes = result.Countries.Select(c => c.Code).ToList();
        Assert.Equal(["KE", "PE"], codes);
        Assert.True(result.Countries[0].Salience > result.Countries[1].Salience);
        Assert.Equal(result.Countries.OrderByDescending(c => c.Salience).Select(c => c.Code), codes);
        Assert.True(result.Countries[0].Main);
        Assert.False(result.Countries[1].Main);
        Assert.True(result.Countries[0].InTitle);
        Assert.Equal(3, result.Countries[0].Mentions);
        Assert.All(result.Countries, c => Assert.InRange(c.Salience, 0, 1));
    }

    [Fact]
    public void First_offset_runs_through_title_subtitle_and_body()
    {
        const string title = "A quiet week";
        const string subtitle = "Nothing much";
        var result = SharedEnricher.Instance.Enrich(title, subtitle, "Then Peru spoke.");
        var peru = Assert.Single(result.Countries);
        Assert.Equal(title.Length + 1 + subtitle.Length + 1 + "Then ".Length, peru.FirstOffset);
        Assert.Equal("Peru", peru.Name);
    }

    [Fact]
    public void More_mentions_earlier_outrank_a_single_late_one()
    {
        var result = SharedEnricher.Instance.Enrich("Report", null, "Peru grew. Peru voted. Peru rested. Later, Bolivia.");
        Assert.Equal("PE", result.Countries[0].Code);
        Assert.True(result.Countries[0].Main);
    }
}
