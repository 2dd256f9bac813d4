namespace Pipeline.Core.Tests.Enrichment;

public class DisambiguationTests
{
    [Theory]
    [InlineData("Officials in Turkey said the border would reopen.", "TR")]
    [InlineData("Ministers from China met their counterparts.", "CN")]
    [InlineData("The US and Canada signed the accord.", "US")]
    [InlineData("Troops from Chad joined the mission.", "TD")]
    [InlineData("He flew to Jordan for talks.", "JO")]
    [InlineData("Israel Defense Forces entered the town.", "IL")]
    [InlineData("Protests spread across Georgia and Armenia last week.", "GE")]
    [InlineData("Conakry is the capital of Guinea.", "GN")]
    [InlineData("Papua New Guinea held elections.", "PG")]
    [InlineData("Guinea-Bissau closed its border.", "GW")]
    [InlineData("Equatorial Guinea exports oil.", "GQ")]
    [InlineData("Voters in Niger went to the polls.", "NE")]
    [InlineData("South Sudan declared a truce.", "SS")]
    [InlineData("The Dominican Republic reopened.", "DO")]
    public void Reads_the_country(string sentence, string code)
    {
        Assert.Contains(code, SharedEnricher.CountryCodes(sentence));
    }

    [Theory]
    [InlineData("We roasted a turkey for dinner.", "TR")]
    [InlineData("She collects fine china and silver.", "CN")]
    [InlineData("They told us to wait outside.", "US")]
    [InlineData("Us against the world, he said.", "US")]
    [InlineData("Chad Smith played the drums.", "TD")]
    [InlineData("Jordan Peterson gave a lecture.", "JO")]
    [InlineData("Israel Adesanya won the fight.", "IL")]
    [InlineData("The rally in Atlanta, Georgia drew thousands.", "GE")]
    [InlineData("She moved to Georgia, USA, in 2010.", "GE")]
    [InlineData("The state of Georgia passed the bill.", "GE")]
    [InlineData("Their pet guinea pig escaped.", "GN")]
    [InlineData("Papua New Guinea held elections.", "GN")]
    [InlineData("Guinea-Bissau closed its border.", "GN")]
    [InlineData("Voters in Niger went to the polls.", "NG")]
    [InlineData("South Sudan declared a truce.", "SD")]
    [InlineData("The Dominican Republic reopened.", "DM")]
    [InlineData("Santa Fe is the capital of New Mexico.", "MX")]
    [InlineData("He commutes from New Jersey.", "JE")]
    public void Does_not_read_the_country(string sentence, string code)
    {
        Assert.DoesNotContain(code, SharedEnricher.CountryCodes(sentence));
    }

    [Fact]
    public void A_common_word_at_a_sentence_start_needs_a_plain_mention_elsewhere()
    {
        Assert.DoesNotContain("TR", SharedEnricher.CountryCodes("Turkey is best roasted slowly. Baste it often."));
        Assert.Contains("TR", SharedEnricher.CountryCodes("Turkey is sending envoys. Officials in Ankara confirmed it."));
    }

    [Fact]
    public void A_first_name_followed_by_a_country_word_stays_a_country()
    {
        Assert.Contains("TD", SharedEnricher.CountryCodes("Flights between Chad Niger and Mali resumed."));
    }
}
