using Pipeline.Core.Normalization;
using static Pipeline.Core.Tests.Normalization.NormalizerHarness;

namespace Pipeline.Core.Tests.Normalization;

public class PlainTextReaderTests
{
    private const string SeedPath = "seeds/000_88ed6354c8f5a368.txt";

    [Fact]
    public void Seed_document_splits_run_in_subtitle_and_keeps_typography()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, SeedPath));
        var firstLine = File.ReadLines(Path.Combine(AppContext.BaseDirectory, SeedPath)).First();

        var doc = DocumentNormalizer.Default.Normalize(bytes, SeedPath);

        Assert.Equal("txt", doc.Format);
        Assert.Equal("Azerbaijan and Palestine: diplomacy without illusions or sentiment", doc.Title);
        Assert.Equal("Solidarity must be reciprocal", doc.Subtitle);
        Assert.StartsWith("Azerbaijani society", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(firstLine, doc.Body, StringComparison.Ordinal);
        Assert.Contains("“religion of intolerance, fire, and sword,”", doc.Body, StringComparison.Ordinal);
        Assert.Contains("otherwise—or", doc.Body, StringComparison.Ordinal);
        Assert.Contains("Türkiye", doc.Body, StringComparison.Ordinal);
        Assert.Null(doc.Published);
        Assert.Null(doc.Language);
        Assert.False(doc.Body.EndsWith('\n'));
    }

    [Theory]
    [InlineData("Egypt and Israel agree on Gaza crossing")]
    [InlineData("Talks in Cairo End Without Deal")]
    [InlineData("Prices rise as inflation hits Europe harder than expected")]
    public void Ordinary_titles_are_not_split(string title)
    {
        var doc = Normalize($"{title}\nOfficials in Europe said the deal on Gaza was close.", "a.txt");

        Assert.Equal(title, doc.Title);
        Assert.Null(doc.Subtitle);
    }

    [Fact]
    public void A_possessive_proper_noun_used_plainly_in_the_body_does_not_start_a_subtitle()
    {
        const string Title = "Convoys, drones and closed roads: the central Sahel’s war grinds into another dry season";
        var doc = Normalize($"{Title}\nMore than two million people are displaced across the central Sahel, aid agencies say.", "a.txt");

        Assert.Equal(Title, doc.Title);
        Assert.Null(doc.Subtitle);
    }

    [Fact]
    public void Run_in_subtitle_is_found_without_repetition_in_body()
    {
        var (title, subtitle) = TitleSubtitleSplitter.Split("Government raises fuel prices again Opposition calls for protests", "Unrelated text.");

        Assert.Equal("Government raises fuel prices again", title);
        Assert.Equal("Opposition calls for protests", subtitle);
    }

    [Fact]
    public void Title_line_is_not_repeated_in_body()
    {
        var doc = Normalize("Short title\n\nFirst paragraph.\nSecond line.", "a.txt");

        Assert.Equal("Short title", doc.Title);
        Assert.Equal("First paragraph.\nSecond line.", doc.Body);
    }

    [Fact]
    public void Header_block_gives_title_date_and_language()
    {
        var doc = Normalize("Title: Talks resume\nPublished: 2025-01-05T10:30:00+02:00\nLanguage: en\n\nNegotiators met in Cairo.", "a.txt");

        Assert.Equal("Talks resume", doc.Title);
        Assert.Equal(new DateTimeOffset(2025, 1, 5, 10, 30, 0, TimeSpan.FromHours(2)), doc.Published);
        Assert.Equal("en", doc.Language);
        Assert.Equal("Negotiators met in Cairo.", doc.Body);
    }

    [Fact]
    public void Lines_with_other_keys_are_not_a_header()
    {
        var doc = Normalize("Note: this is prose\nDate: 2025-01-05\n\nMore text.", "a.txt");

        Assert.Equal("Note: this is prose", doc.Title);
        Assert.Null(doc.Published);
        Assert.StartsWith("Date: 2025-01-05", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_without_body_is_refused()
    {
        Assert.Contains("no text found", Refusal("Just a title\n", "a.txt"), StringComparison.Ordinal);
    }
}
