using System.Text;
using Pipeline.Core.Normalization;
using static Pipeline.Core.Tests.Normalization.NormalizerHarness;

namespace Pipeline.Core.Tests.Normalization;

public class PdfReaderTests
{
    [Fact]
    public void A_pdf_gives_its_metadata_title_date_and_page_text()
    {
        var pdf = TestFiles.Pdf("Grain corridor reopens", ["Ships left Odesa on Monday.", "Insurers cut premiums."]);

        var document = DocumentNormalizer.Default.Normalize(pdf, "reports/grain.pdf");

        Assert.Equal("pdf", document.Format);
        Assert.Equal("Grain corridor reopens", document.Title);
        Assert.Contains("Ships left Odesa on Monday.", document.Body, StringComparison.Ordinal);
        Assert.Contains("Insurers cut premiums.", document.Body, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.Zero), document.Published);
    }

    [Fact]
    public void Without_a_metadata_title_the_first_line_is_the_title_and_no_extension_is_needed()
    {
        var pdf = TestFiles.Pdf(null, ["Harbour strike ends", "Dockworkers in Rotterdam returned to work."]);

        var document = DocumentNormalizer.Default.Normalize(pdf, "incoming/scan-0001");

        Assert.Equal("Harbour strike ends", document.Title);
        Assert.StartsWith("Dockworkers in Rotterdam", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_with_more_pages_than_the_limit_is_refused()
    {
        var pdf = TestFiles.Pdf("Long", ["Page text."], pages: 5);

        var reason = Refusal(pdf, "long.pdf", new NormalizationOptions { MaxPdfPages = 4 });

        Assert.Equal("PDF too long: 5 pages exceeds the MaxPdfPages limit (4)", reason);
    }

    [Fact]
    public void A_pdf_without_text_is_refused_as_needing_ocr()
    {
        var pdf = TestFiles.Pdf("Scan", [], pages: 2);

        Assert.StartsWith("no text found: the PDF has no text layer", Refusal(pdf, "scan.pdf"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pdf_is_refused_as_invalid_or_read_up_to_its_damage()
    {
        var pdf = TestFiles.Pdf("Cut short", ["Some words on the page."]);
        var truncated = pdf[..(pdf.Length / 3)];

        var reason = Refusal(truncated, "cut.pdf");

        Assert.Matches("^(invalid PDF: |no text found)", reason);
    }

    [Theory]
    [InlineData("%PDF-1.7\n%garbage that is not a pdf at all\n")]
    [InlineData("%PDF-")]
    public void A_fake_pdf_is_refused_as_invalid(string content)
    {
        Assert.StartsWith("invalid PDF: ", Refusal(Encoding.ASCII.GetBytes(content), "fake.pdf"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_file_named_pdf_is_refused_rather_than_guessed()
    {
        Assert.StartsWith("invalid PDF: the file is named or typed as a PDF", Refusal("Just words.\nMore words.", "report.pdf"), StringComparison.Ordinal);
    }
}
