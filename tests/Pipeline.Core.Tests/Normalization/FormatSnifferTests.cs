using System.Text;
using Pipeline.Core.Normalization;
using static Pipeline.Core.Tests.Normalization.NormalizerHarness;

namespace Pipeline.Core.Tests.Normalization;

public class FormatSnifferTests
{
    public static TheoryData<byte[], string, string> Binaries => new()
    {
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image.txt", "unsupported format: PNG image" },
        { Zip("readme.txt", "data.csv"), "bundle", "unsupported format: ZIP archive" },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "photo.jpg", "unsupported format: JPEG image" },
        { [0x1F, 0x8B, 0x08, 0], "a.json", "unsupported format: gzip archive" },
        { [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1], "tool", "unsupported format: ELF executable" },
        { PortableExecutable(), "setup.txt", "unsupported format: Windows executable" },
    };

    [Theory]
    [MemberData(nameof(Binaries))]
    public void Binary_signatures_are_refused_as_unsupported(byte[] bytes, string path, string expected)
    {
        Assert.Equal(expected, Refusal(bytes, path));
    }

    [Fact]
    public void Unknown_binary_data_is_refused()
    {
        var bytes = Enumerable.Range(0, 512).Select(i => (byte)(i * 7 % 32)).ToArray();

        Assert.StartsWith("unsupported format: binary data", Refusal(bytes, "blob.dat"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Hi there.</p></body></html>", "html")]
    [InlineData("  <html lang=\"en\"><p>Hi there.</p></html>", "html")]
    [InlineData("<p>Hi <b>there</b>.</p>", "html")]
    [InlineData("{\"title\": \"T\", \"body\": \"Hi there.\"}", "json")]
    [InlineData("---\ntitle: T\n---\nHi there.", "md")]
    [InlineData("# T\n\nHi there.", "md")]
    [InlineData("T\nHi there.", "txt")]
    public void Content_decides_the_format_without_an_extension(string text, string expected)
    {
        Assert.Equal(expected, FormatSniffer.Detect(text, "incoming/no-extension", contentType: null));
    }

    [Fact]
    public void Extension_then_content_type_decide_when_content_is_ambiguous()
    {
        Assert.Equal("md", FormatSniffer.Detect("Plain words", "a.md", "text/html"));
        Assert.Equal("txt", FormatSniffer.Detect("# not a heading here", "a.txt", null));
        Assert.Equal("html", FormatSniffer.Detect("Plain words", "a", "text/html; charset=utf-8"));
        Assert.Equal("json", FormatSniffer.Detect("{ broken", "a", "application/json"));
        Assert.Equal("txt", FormatSniffer.Detect("{ broken", "a", null));
    }

    [Fact]
    public void Content_wins_over_a_misleading_extension()
    {
        Assert.Equal("json", FormatSniffer.Detect("{\"title\": \"x\"}", "a.txt", "text/plain"));
        Assert.Equal("html", FormatSniffer.Detect("<!doctype html><p>x</p>", "a.md", null));
    }

    [Fact]
    public void File_without_extension_is_normalised_as_html_or_json()
    {
        var html = Normalize("<html><head><title>Quake</title></head><body><p>A quake hit Chile.</p></body></html>", "incoming/quake");
        var json = Normalize("{\"title\": \"Quake\", \"body\": \"A quake hit Chile.\"}", "incoming/quake");

        Assert.Equal(("html", "Quake", "A quake hit Chile."), (html.Format, html.Title, html.Body));
        Assert.Equal(("json", "Quake", "A quake hit Chile."), (json.Format, json.Title, json.Body));
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData("   \r\n\t \n", "empty file: it holds only whitespace")]
    public void Empty_and_whitespace_only_files_are_refused(string text, string expected)
    {
        Assert.Equal(expected, Refusal(text, "a.txt"));
    }

    [Fact]
    public void Text_beyond_the_limit_is_refused_naming_it()
    {
        var reason = Refusal("Title\n" + new string('x', 200), "a.txt", new NormalizationOptions { MaxTextChars = 100 });

        Assert.Contains("MaxTextChars", reason, StringComparison.Ordinal);
    }

    private static byte[] PortableExecutable()
    {
        var bytes = new byte[128];
        "MZ"u8.CopyTo(bytes);
        bytes[0x3C] = 0x40;
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x40));
        return bytes;
    }

    private static byte[] Zip(params string[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
                writer.Write("content of " + entry);
            }
        }

        return stream.ToArray();
    }
}
