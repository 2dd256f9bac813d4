namespace Pipeline.Core.Tests.Enrichment;

/// <summary>US states point at the United States; Georgia the state is the US, once shown, for the whole document; names mostly used for something else need support.</summary>
public class PlaceReadingTests
{
    [Theory]
    [InlineData("Wildfires spread across California and Oregon.")]
    [InlineData("The senator from Ohio voted against the bill.")]
    [InlineData("Officials in Washington said the sanctions would stay.")]
    public void A_US_state_or_the_capital_names_the_United_States(string sentence)
    {
        Assert.Equal(["US"], SharedEnricher.CountryCodes(sentence));
    }

    [Fact]
    public void Georgia_beside_US_state_context_counts_as_the_United_States_not_the_country()
    {
        Assert.Equal(["US"], SharedEnricher.CountryCodes("The mayor of Atlanta, Georgia, spoke on Monday."));
    }

    [Fact]
    public void Once_Georgia_is_shown_to_be_the_state_every_bare_mention_is_the_state()
    {
        var codes = SharedEnricher.CountryCodes(
            "Georgia voters head to the polls. The Georgia legislature met in Atlanta. Groups in Georgia objected.", "Georgia lawmakers act");
        Assert.DoesNotContain("GE", codes);
        Assert.Contains("US", codes);
    }

    [Fact]
    public void Georgia_without_US_context_stays_the_country()
    {
        var codes = SharedEnricher.CountryCodes("Georgia signed a trade deal with Armenia, officials in Tbilisi said.");
        Assert.Contains("GE", codes);
        Assert.DoesNotContain("US", codes);
    }

    [Theory]
    [InlineData("The compromise was brokered in Brussels last week.")]
    [InlineData("Temperatures in Seville and Córdoba passed 44C.")]
    [InlineData("The small Central African state cut spending.")]
    public void Names_mostly_meaning_something_else_do_not_name_a_country_alone(string sentence)
    {
        Assert.DoesNotContain(SharedEnricher.CountryCodes(sentence), c => c is "BE" or "AR" or "CF");
    }

    [Fact]
    public void A_needs_support_name_counts_when_the_country_is_named_plainly()
    {
        var result = SharedEnricher.Instance.Enrich("Untitled", null, "Belgium held talks in Brussels.");
        Assert.Equal(2, Assert.Single(result.Countries, c => c.Code == "BE").Mentions);
    }

    [Fact]
    public void East_Timor_is_Timor_Leste()
    {
        Assert.Equal(["TL"], SharedEnricher.CountryCodes("The pope travelled on to East Timor."));
    }

    [Fact]
    public void George_Washington_is_a_person()
    {
        Assert.Empty(SharedEnricher.CountryCodes("A portrait of George Washington was restored."));
    }
}
