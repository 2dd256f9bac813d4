using static Pipeline.Core.Tests.Normalization.NormalizerHarness;

namespace Pipeline.Core.Tests.Normalization;

public class MarkdownReaderTests
{
    [Fact]
    public void Front_matter_gives_title_subtitle_date_and_language()
    {
        var markdown = """
            ---
            title: "Elections in Kenya"
            description: A close race
            date: 2025-08-09
            lang: sw
            ---
            Voters queued **early** in [Nairobi](https://example.org).

            - turnout was high
            """;

        var doc = Normalize(markdown, "kenya.md");

        Assert.Equal("md", doc.Format);
        Assert.Equal("Elections in Kenya", doc.Title);
        Assert.Equal("A close race", doc.Subtitle);
        Assert.Equal(new DateTimeOffset(2025, 8, 9, 0, 0, 0, TimeSpan.Zero), doc.Published);
        Assert.Equal("sw", doc.Language);
        Assert.Equal("Voters queued early in Nairobi.\n\nturnout was high", doc.Body);
    }

    [Fact]
    public void First_heading_is_the_title_and_not_repeated_in_body()
    {
        var markdown = "# Drought in *Somalia*\n\n## Crops fail for a third year\n\nHerders moved `north`.\n\n## Aid\n\nConvoys arrived.";

        var doc = Normalize(markdown, "notes.markdown");

        Assert.Equal("Drought in Somalia", doc.Title);
        Assert.Equal("Crops fail for a third year", doc.Subtitle);
        Assert.Equal("Herders moved north.\n\nAid\n\nConvoys arrived.", doc.Body);
        Assert.Null(doc.Published);
        Assert.Null(doc.Language);
    }

    [Fact]
    public void Front_matter_subtitle_leaves_a_following_h2_in_the_body()
    {
        var doc = Normalize("---\nsubtitle: Declared dek\n---\n# Headline\n\n## Background\n\nText.", "a.md");

        Assert.Equal("Headline", doc.Title);
        Assert.Equal("Declared dek", doc.Subtitle);
        Assert.Equal("Background\n\nText.", doc.Body);
    }

    [Fact]
    public void Heading_is_sniffed_as_markdown_without_extension()
    {
        var doc = Normalize("# Storm warning\n\nWinds of *120 km/h* expected.", "incoming/storm");

        Assert.Equal("md", doc.Format);
        Assert.Equal("Storm warning", doc.Title);
        Assert.Equal("Winds of 120 km/h expected.", doc.Body);
    }
}
