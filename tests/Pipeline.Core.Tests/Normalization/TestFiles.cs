using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pipeline.Core.Tests.Normalization;

/// <summary>Builds real PDF and DOCX files in memory with the same libraries that read them.</summary>
internal static class TestFiles
{
    public static byte[] Pdf(string? title, IReadOnlyList<string> lines, int pages = 1)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        builder.DocumentInformation.CreationDate = "D:20260115093000Z";
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new PdfPoint(40, y), font);
                y -= 16;
            }
        }

        return builder.Build();
    }

    public static byte[] Docx(string? coreTitle, string? styledTitle, IReadOnlyList<string> paragraphs, DateTime? created = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            if (styledTitle is not null)
            {
                body.Append(new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "Title" }),
                    new Run(new Text(styledTitle))));
            }

            foreach (var text in paragraphs)
            {
                body.Append(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
            document.PackageProperties.Title = coreTitle;
            document.PackageProperties.Created = created;
        }

        return stream.ToArray();
    }

    /// <summary>A valid-looking DOCX whose one extra part inflates from a few KB to <paramref name="expandedBytes"/> of zeros.</summary>
    public static byte[] DocxBomb(long expandedBytes)
    {
        var docx = Docx("Bomb", null, ["Harmless looking text."]);
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("word/media/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (long written = 0; written < expandedBytes; written += zeros.Length)
            {
                entry.Write(zeros, 0, (int)Math.Min(zeros.Length, expandedBytes - written));
            }
        }

        return stream.ToArray();
    }

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }
}
