using System.IO.Compression;
using System.Text;

using Pipeline.Core.Tests.Normalization;

namespace Pipeline.IntegrationTests;

/// <summary>What a hostile or unusual file must end as.</summary>
internal enum Expected
{
    Indexed,
    Failed,
}

internal sealed record HostileFile(string Name, byte[] Content, Expected Expected, string? ReasonContains = null);

/// <summary>Generates the hostile and malformed files at test time, so no multi-megabyte fixture is committed.</summary>
internal static class HostileCorpus
{
    public static IReadOnlyList<HostileFile> Generate()
    {
        var random = new Random(20261128);
        var randomBytes = new byte[64 * 1024];
        random.NextBytes(randomBytes);
        var pdf = TestFiles.Pdf("Harbour cranes idle", ["Dockworkers in Rotterdam stopped the cranes on Monday."]);
        return
        [
            new("empty.txt", [], Expected.Failed, "empty file"),
            new("whitespace.txt", Encoding.UTF8.GetBytes(" \n\t\r\n   \n"), Expected.Failed, "whitespace"),
            new("random.bin", randomBytes, Expected.Failed, "unsupported format"),
            new("invalid-utf8.txt", [.. "Café report\nThe caf"u8, 0xE9, .. " served cr"u8, 0xE8, .. "me br"u8, 0xFB, .. "l"u8, 0xE9, .. "e."u8], Expected.Indexed),
            new("nul-and-controls.txt", Encoding.UTF8.GetBytes("Control report\nSome\0 text\u0001 with a few\u0007 control characters in a longer line of ordinary words."), Expected.Indexed),
            new("one-line-20mb.txt", OneLine(20 * 1024 * 1024), Expected.Failed, "MaxTextChars"),
            new("deep.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x</body></html>"), Expected.Failed, "MaxHtmlDepth"),
            new("malformed.json", Encoding.UTF8.GetBytes("{\"title\": \"Broken\", \"body\": \"never closed"), Expected.Failed, "invalid JSON"),
            new("deep.json", Encoding.UTF8.GetBytes("{\"title\": \"t\", \"x\": " + new string('[', 100_000) + new string(']', 100_000) + "}"), Expected.Failed, "MaxJsonDepth"),
            new("array.json", Encoding.UTF8.GetBytes("[{\"title\": \"a\", \"body\": \"b\"}]"), Expected.Failed, "arrays"),
            new("truncated.pdf", pdf[..(pdf.Length / 3)], Expected.Failed),
            new("fake.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\nthis is no pdf at all\n"), Expected.Failed, "invalid PDF"),
            new("good.pdf", pdf, Expected.Indexed),
            new("fake.docx", TestFiles.Zip(("word/document.xml", "<w:document broken"), ("[Content_Types].xml", "<Types/>")), Expected.Failed, "invalid DOCX"),
            new("bomb.docx", TestFiles.DocxBomb(300L * 1024 * 1024), Expected.Failed, "zip bomb"),
            new("good.docx", TestFiles.Docx("Cocoa harvest", null, ["Farmers in Ghana sold the cocoa harvest early this year."]), Expected.Indexed),
            new("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], Expected.Failed, "unsupported format: PNG"),
            new("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46], Expected.Failed, "unsupported format: JPEG"),
            new("archive.gz", Gzip("Some text inside an archive."), Expected.Failed, "unsupported format: gzip"),
            new("name with spaces.txt", Encoding.UTF8.GetBytes("Spaced name\nA file whose name has spaces."), Expected.Indexed),
            new("Überblick 日本語 ファイル.md", Encoding.UTF8.GetBytes("# Unicode name\n\nA file whose name is not ASCII."), Expected.Indexed),
            new("no-extension", Encoding.UTF8.GetBytes("<html><head><title>Bare name</title></head><body><p>Content makes the format clear.</p></body></html>"), Expected.Indexed),
            new("wide.txt", Encoding.Unicode.GetBytes("Wide text\nUTF-16 without a byte order mark."), Expected.Indexed),
            new("legacy.txt", Encoding.Latin1.GetBytes("Légère reprise\nLes exportations françaises ont progressé à Noël, disent les économistes."), Expected.Indexed),
        ];
    }

    private static byte[] OneLine(int bytes)
    {
        var line = new byte[bytes];
        var word = "lorem "u8;
        for (var i = 0; i < bytes; i++)
        {
            line[i] = word[i % word.Length];
        }

        return line;
    }

    private static byte[] Gzip(string text)
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return stream.ToArray();
    }
}
