using Pipeline.Core.Search;

namespace Pipeline.Core.Tests.Search;

public sealed class CountryQueryExpanderTests
{
    private readonly CountryQueryExpander expander = new(TestIndex.Gazetteer);

    [Theory]
    [InlineData("Turkey", "(Turkey OR country:TR)")]
    [InlineData("turkey grain", "(turkey OR country:TR) grain")]
    [InlineData("Ivory Coast cocoa", "(\"Ivory Coast\" OR country:CI) cocoa")]
    [InlineData("Azerbaijani troops", "(Azerbaijani OR country:AZ) troops")]
    [InlineData("-Burma", "-(Burma OR country:MM)")]
    [InlineData("(Baku OR Yerevan)", "((Baku OR country:AZ) OR (Yerevan OR country:AM))")]
    [InlineData("Guinea-Bissau", "(Guinea-Bissau OR country:GW)")]
    public void Plain_words_naming_a_country_also_match_its_tag(string query, string expected) =>
        Assert.Equal(expected, expander.Expand(query));

    [Theory]
    [InlineData("title:Turkey")]
    [InlineData("\"talks in Turkey\"")]
    [InlineData("Turk*")]
    [InlineData("Turkey~1")]
    [InlineData("Turkey^3")]
    [InlineData("tell us more")]
    [InlineData("published:[Egypt TO Israel]")]
    [InlineData("grain AND harvest")]
    public void Fielded_quoted_suffixed_ranged_and_pronoun_words_are_left_alone(string query) =>
        Assert.Equal(query, expander.Expand(query));
}
