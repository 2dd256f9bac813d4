using Pipeline.Core.Normalization;

namespace Pipeline.Core.Tests.Normalization;

public class PublishedDateParserTests
{
    [Theory]
    [InlineData("2025-01-05", "2025-01-05T00:00:00+00:00")]
    [InlineData("2025-01-05T14:30:00Z", "2025-01-05T14:30:00+00:00")]
    [InlineData("2025-01-05T14:30:00", "2025-01-05T14:30:00+00:00")]
    [InlineData("2025-01-05T14:30:00.123+03:00", "2025-01-05T14:30:00.123+03:00")]
    [InlineData("2025-01-05 14:30", "2025-01-05T14:30:00+00:00")]
    [InlineData("Sun, 05 Jan 2025 14:30:00 GMT", "2025-01-05T14:30:00+00:00")]
    [InlineData("Sun, 5 Jan 2025 14:30:00 +0200", "2025-01-05T14:30:00+02:00")]
    public void Parses_iso_rfc1123_and_plain_dates(string value, string expectedRoundTrip)
    {
        var parsed = PublishedDateParser.Parse(value);

        Assert.NotNull(parsed);
        Assert.Equal(DateTimeOffset.Parse(expectedRoundTrip, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(DateTimeOffset.Parse(expectedRoundTrip, System.Globalization.CultureInfo.InvariantCulture).Offset, parsed.Value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("05/01/2025")]
    [InlineData("2025-13-01")]
    public void Rejects_missing_or_ambiguous_dates(string? value)
    {
        Assert.Null(PublishedDateParser.Parse(value));
    }
}
