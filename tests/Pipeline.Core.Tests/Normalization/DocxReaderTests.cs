using System.Text;
using Pipeline.Core.Normalization;
using static Pipeline.Core.Tests.Normalization.NormalizerHarness;

namespace Pipeline.Core.Tests.Normalization;

public class DocxReaderTests
{
    [Fact]
    public void A_docx_gives_its_core_title_created_date_and_paragraphs()
    {
        var docx = TestFiles.Docx("Cocoa prices climb", null, ["Farmers in Côte d’Ivoire sold early.", "Exporters hedged."], new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));

        var document = DocumentNormalizer.Default.Normalize(docx, "notes/cocoa.docx");

        Assert.Equal("docx", document.Format);
        Assert.Equal("Cocoa prices climb", document.Title);
        Assert.Equal("Farmers in Côte d’Ivoire sold early.\nExporters hedged.", document.Body);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), document.Published);
    }

    [Fact]
    public void A_title_styled_paragraph_is_the_title_when_the_properties_have_none_and_no_extension_is_needed()
    {
        var docx = TestFiles.Docx(null, "Monsoon floods", ["Rivers rose across Bangladesh."]);

        var document = DocumentNormalizer.Default.Normalize(docx, "incoming/upload-17");

        Assert.Equal(("docx", "Monsoon floods", "Rivers rose across Bangladesh."), (document.Format, document.Title, document.Body));
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_the_open_xml_sdk_inflates_it()
    {
        var bomb = TestFiles.DocxBomb(64L * 1024 * 1024);

        var reason = Refusal(bomb, "bomb.docx", new NormalizationOptions { MaxDocxExpandedBytes = 32L * 1024 * 1024 });

        Assert.StartsWith("DOCX refused as a possible zip bomb", reason, StringComparison.Ordinal);
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");
    }

    [Fact]
    public void A_highly_compressed_entry_is_refused_by_the_expansion_ratio()
    {
        var bomb = TestFiles.DocxBomb(8L * 1024 * 1024);

        Assert.Contains("MaxDocxExpansionRatio", Refusal(bomb, "ratio.docx"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fake_docx_is_refused_as_invalid()
    {
        var fake = TestFiles.Zip(("word/document.xml", "<not really word"), ("[Content_Types].xml", "<Types/>"));

        Assert.StartsWith("invalid DOCX: ", Refusal(fake, "fake.docx"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_file_named_docx_is_refused_rather_than_guessed()
    {
        Assert.StartsWith("invalid DOCX: the file is named", Refusal(Encoding.UTF8.GetBytes("hello\nworld"), "letter.docx"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_zip_archive_is_still_unsupported()
    {
        Assert.Equal("unsupported format: ZIP archive", Refusal(TestFiles.Zip(("a.txt", "x")), "bundle.zip"));
    }
}
