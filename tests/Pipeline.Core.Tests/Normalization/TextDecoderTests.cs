using System.Text;
using Pipeline.Core.Normalization;

namespace Pipeline.Core.Tests.Normalization;

public class TextDecoderTests
{
    private const string Sample = "Zoë’s café — “naïve” 日本 😀";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> BomEncodings => new("utf-8", "utf-16", "utf-16BE", "utf-32", "utf-32BE");

    [Theory]
    [MemberData(nameof(BomEncodings))]
    public void Byte_order_mark_selects_the_encoding(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();

        Assert.Equal(Sample, TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf16_with_bom_normalizes_end_to_end()
    {
        var encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Título\nCafé abierto.")).ToArray();

        var doc = DocumentNormalizer.Default.Normalize(bytes, "a.txt");

        Assert.Equal("Título", doc.Title);
        Assert.Equal("Café abierto.", doc.Body);
    }

    [Fact]
    public void Utf8_without_bom_is_decoded_strictly()
    {
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample)));
    }

    [Theory]
    [InlineData("café")]
    [InlineData("Le café « crème » coûte 3 €, dit-il — à Paris.")]
    public void Windows_1252_bytes_decode_without_replacement_characters(string text)
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(text, decoded);
        Assert.DoesNotContain('\uFFFD', decoded);
    }

    [Fact]
    public void Invalid_bytes_after_a_bom_are_refused()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', 0xC3, 0x28];

        Assert.Throws<Pipeline.Core.Documents.UnprocessableDocumentException>(() => TextDecoder.Decode(bytes));
    }
}
