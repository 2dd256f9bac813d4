using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Normalization;

/// <summary>
/// Reads a Word document with the Open XML SDK: paragraphs in order (tables included), the title from the core
/// properties or a Title-styled paragraph, the published date from the core properties' created date.
/// </summary>
public sealed class DocxReader(NormalizationOptions options)
{
    private const int MaxTitleChars = 300;

    public ExtractedDocument Read(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ZipPackageGuard.Check(content, options, cancellationToken);
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnprocessableDocumentException("invalid DOCX: it has no document body");

            string? styledTitle = null;
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = ParagraphText(paragraph);
                if (styledTitle is null && IsTitleStyle(paragraph) && line.Length is > 0 and <= MaxTitleChars)
                {
                    styledTitle = line;
                    continue;
                }

                text.Append(line).Append('\n');
                if (text.Length > options.MaxTextChars)
                {
                    throw new UnprocessableDocumentException(
                        $"document too large: more than {options.MaxTextChars:N0} characters of text (the MaxTextChars limit)");
                }
            }

            var properties = document.PackageProperties;
            var title = string.IsNullOrWhiteSpace(properties.Title) ? styledTitle : properties.Title;
            var bodyText = text.ToString();
            if (string.IsNullOrWhiteSpace(title))
            {
                (title, bodyText) = FirstLineAsTitle(bodyText);
            }
            else if (styledTitle is not null && styledTitle != title)
            {
                bodyText = styledTitle + "\n" + bodyText;
            }

            return new ExtractedDocument(
                DocumentFormats.Docx,
                title,
                string.IsNullOrWhiteSpace(properties.Subject) ? null : properties.Subject,
                bodyText,
                properties.Created is { } created ? new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)) : null,
                string.IsNullOrWhiteSpace(properties.Language) ? null : properties.Language);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or XmlException or InvalidDataException or InvalidOperationException or IOException)
        {
            throw new UnprocessableDocumentException($"invalid DOCX: {e.Message.TrimEnd('.')}", e);
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var line = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    line.Append(text.Text);
                    break;
                case TabChar:
                    line.Append('\t');
                    break;
                case Break or CarriageReturn:
                    line.Append(' ');
                    break;
            }
        }

        return line.ToString().Trim();
    }

    private static bool IsTitleStyle(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style
        && (style.Equals("Title", StringComparison.OrdinalIgnoreCase) || style.Equals("Heading1", StringComparison.OrdinalIgnoreCase));

    private static (string Title, string Body) FirstLineAsTitle(string body)
    {
        var trimmed = body.TrimStart('\n');
        var end = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? trimmed : trimmed[..end];
        return first.Length is > 0 and <= MaxTitleChars ? (first, end < 0 ? string.Empty : trimmed[(end + 1)..]) : (string.Empty, body);
    }
}
