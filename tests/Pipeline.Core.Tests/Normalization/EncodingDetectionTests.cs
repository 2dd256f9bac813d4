using System.Text;
using Pipeline.Core.Normalization;

namespace Pipeline.Core.Tests.Normalization;

public class EncodingDetectionTests
{
    static EncodingDetectionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Sample = "Zürich, Kraków and São Paulo: « naïve » façades — 3 € each.\nSecond line with ümlauts.";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_bom_is_decoded(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Sample);

        Assert.Equal(Sample, TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf16_without_a_bom_is_normalised_end_to_end()
    {
        var bytes = Encoding.Unicode.GetBytes("Grain deal\nShips left Odesa under the new rules.");

        var document = DocumentNormalizer.Default.Normalize(bytes, "wide.txt");

        Assert.Equal(("Grain deal", "Ships left Odesa under the new rules."), (document.Title, document.Body));
    }

    [Fact]
    public void Iso_8859_2_text_is_detected_rather_than_read_as_windows_1252()
    {
        const string polish = "Zażółć gęślą jaźń. Władze w Łodzi ogłosiły, że śnieg sparaliżował miasto, a kierowcy utknęli w korkach na wiele godzin. " +
            "Służby drogowe pracowały całą noc, żeby odśnieżyć ulice i chodniki w całym województwie łódzkim.";
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes(polish);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Contains("Łodzi", decoded, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', decoded);
    }

    [Fact]
    public void Random_bytes_are_not_taken_for_utf16()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);

        Assert.Null(Utf16Sniffer.Detect(bytes));
    }
}
