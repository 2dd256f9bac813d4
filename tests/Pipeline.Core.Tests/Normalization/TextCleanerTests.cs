using Pipeline.Core.Normalization;

namespace Pipeline.Core.Tests.Normalization;

public class TextCleanerTests
{
    [Fact]
    public void Composes_to_nfc()
    {
        var cleaned = TextCleaner.Clean("Caf" + "e\u0301");

        Assert.Equal("Café", cleaned);
        Assert.Equal(4, cleaned.Length);
    }

    [Fact]
    public void Removes_control_characters_and_nul_but_keeps_newlines()
    {
        Assert.Equal("ab c\nd", TextCleaner.Clean("a\0b\u0007\tc\u001B\nd\u007F"));
    }

    [Fact]
    public void Removes_zero_width_and_bom_characters()
    {
        Assert.Equal("wordjoined", TextCleaner.Clean("\uFEFFword\u200Bjoi\u2060ned"));
    }

    [Fact]
    public void Normalises_newlines_spaces_and_blank_lines()
    {
        var cleaned = TextCleaner.Clean("  one \r\n two\u00A0\u00A0words  \r\r\n\n\n  three\u2028four  \n\n");

        Assert.Equal("one\ntwo words\n\nthree\nfour", cleaned);
    }

    [Fact]
    public void Keeps_typography_and_non_ascii_letters()
    {
        const string text = "“Quoted” — ‘single’ – Ελλάδα, Україна, مصر, 中国, Zürich";

        Assert.Equal(text, TextCleaner.Clean(text));
    }

    [Fact]
    public void Drops_lone_surrogates_but_keeps_pairs()
    {
        Assert.Equal("a😀b", TextCleaner.Clean("a\uD83D\uDE00\uD800b"));
    }

    [Fact]
    public void Inline_cleaning_joins_lines()
    {
        Assert.Equal("Title over two lines", TextCleaner.CleanInline("Title over\n\n two\nlines "));
    }

    [Fact]
    public void Control_characters_are_removed_end_to_end()
    {
        var doc = NormalizerHarness.Normalize("Head\0line\nBody\u0001 text\u0000.", "a.txt");

        Assert.Equal("Headline", doc.Title);
        Assert.Equal("Body text.", doc.Body);
    }
}
