using System.Text;
using Pipeline.Core.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Pipeline.Core.Normalization;

/// <summary>
/// Reads a PDF's text layer with PdfPig, page by page in content order; the title and published date come from the
/// document information dictionary when present, else the first line of text is the title.
/// </summary>
public sealed class PdfReader(NormalizationOptions options)
{
    private const int MaxTitleChars = 300;

    public ExtractedDocument Read(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        try
        {
            using var document = PdfDocument.Open(content.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > options.MaxPdfPages)
            {
                throw new UnprocessableDocumentException(
                    $"PDF too long: {document.NumberOfPages:N0} pages exceeds the MaxPdfPages limit ({options.MaxPdfPages:N0})");
            }

            var body = ReadPages(document, cancellationToken);
            if (string.IsNullOrWhiteSpace(body))
            {
                throw new UnprocessableDocumentException("no text found: the PDF has no text layer (scanned pages need OCR, which is not supported)");
            }

            var info = document.Information;
            var title = info.Title;
            if (string.IsNullOrWhiteSpace(title))
            {
                (title, body) = FirstLineAsTitle(body);
            }

            return new ExtractedDocument(DocumentFormats.Pdf, title ?? string.Empty, info.Subject, body, CreatedDate(info), null);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnprocessableDocumentException("unsupported PDF: it is encrypted (password protected)", e);
        }
        catch (Exception e) when (e is not (UnprocessableDocumentException or OperationCanceledException or OutOfMemoryException))
        {
            // PdfPig reports broken files with many exception types; each means the same thing to a user.
            throw new UnprocessableDocumentException($"invalid PDF: {FirstLine(e.Message)}", e);
        }
    }

    private string ReadPages(PdfDocument document, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            text.Append(ContentOrderTextExtractor.GetText(page)).Append("\n\n");
            if (text.Length > options.MaxTextChars)
            {
                throw new UnprocessableDocumentException(
                    $"document too large: more than {options.MaxTextChars:N0} characters of text (the MaxTextChars limit) by page {number}");
            }
        }

        return text.ToString();
    }

    private static (string Title, string Body) FirstLineAsTitle(string body)
    {
        var cleaned = TextCleaner.Clean(body);
        var end = cleaned.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? cleaned : cleaned[..end];
        return first.Length is > 0 and <= MaxTitleChars ? (first, end < 0 ? string.Empty : cleaned[(end + 1)..]) : (string.Empty, cleaned);
    }

    private static DateTimeOffset? CreatedDate(UglyToad.PdfPig.Content.DocumentInformation info)
    {
        try
        {
            return info.GetCreatedDateTimeOffset();
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim().TrimEnd('.');
    }
}
