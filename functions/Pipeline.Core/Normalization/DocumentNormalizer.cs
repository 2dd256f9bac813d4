using System.ComponentModel.DataAnnotations;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Normalization;

/// <summary>Turns an uploaded file into clean title, subtitle and body text, or refuses it with a reason users can read.</summary>
public sealed class DocumentNormalizer
{
    // Share of control characters above which decoded "text" is really binary data.
    private const double MaxControlShare = 0.1;
    private const int BinaryProbeChars = 4096;
    private const int MinControlsForBinary = 8;

    private readonly NormalizationOptions options;
    private readonly HtmlReader htmlReader;
    private readonly MarkdownReader markdownReader;
    private readonly JsonDocumentReader jsonReader;
    private readonly PdfReader pdfReader;
    private readonly DocxReader docxReader;

    public DocumentNormalizer(NormalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        this.options = options;
        htmlReader = new HtmlReader(options);
        markdownReader = new MarkdownReader(options);
        jsonReader = new JsonDocumentReader(options);
        pdfReader = new PdfReader(options);
        docxReader = new DocxReader(options);
    }

    /// <summary>A normalizer with the default <see cref="NormalizationOptions"/>.</summary>
    public static DocumentNormalizer Default { get; } = new(new NormalizationOptions());

    /// <summary>Sniffs the format (content first, then extension, then content type), decodes, extracts and cleans.</summary>
    /// <exception cref="UnprocessableDocumentException">The file can never be processed; the message says why.</exception>
    public ExtractedDocument Normalize(ReadOnlyMemory<byte> content, string sourcePath, string? contentType = null) =>
        Normalize(content, sourcePath, contentType, CancellationToken.None);

    /// <inheritdoc cref="Normalize(ReadOnlyMemory{byte}, string, string?)"/>
    /// <remarks>PDF pages and DOCX paragraphs check <paramref name="cancellationToken"/>, so a time limit can stop them.</remarks>
    public ExtractedDocument Normalize(ReadOnlyMemory<byte> content, string sourcePath, string? contentType, CancellationToken cancellationToken)
    {
        var bytes = content.Span;
        if (bytes.IsEmpty)
        {
            throw new UnprocessableDocumentException("empty file");
        }

        if (BinaryFormats.IsPdf(bytes))
        {
            return Finish(pdfReader.Read(content, cancellationToken), sourcePath);
        }

        var binary = BinarySignatures.Identify(bytes);
        if (BinaryFormats.IsDocx(binary, sourcePath, contentType))
        {
            return Finish(docxReader.Read(content, cancellationToken), sourcePath);
        }

        if (binary is not null)
        {
            throw new UnprocessableDocumentException($"unsupported format: {binary}");
        }

        if (BinaryFormats.ClaimedButMissing(sourcePath, contentType) is { } claimed)
        {
            throw new UnprocessableDocumentException(claimed);
        }

        // Every encoding read here needs at most 4 bytes per char, so this refuses huge files before decoding them.
        CheckLength(bytes.Length / 4);
        var text = TextDecoder.Decode(bytes);
        CheckLength(text.Length);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UnprocessableDocumentException("empty file: it holds only whitespace");
        }

        if (LooksBinary(text))
        {
            throw new UnprocessableDocumentException("unsupported format: binary data (or UTF-16 text without a byte order mark)");
        }

        var format = FormatSniffer.Detect(text, sourcePath, contentType);
        var extracted = format switch
        {
            DocumentFormats.Html => htmlReader.Read(text),
            DocumentFormats.Markdown => markdownReader.Read(text),
            DocumentFormats.Json => jsonReader.Read(text),
            _ => PlainTextReader.Read(text),
        };
        return Finish(extracted, sourcePath);
    }

    private void CheckLength(long chars)
    {
        if (chars > options.MaxTextChars)
        {
            throw new UnprocessableDocumentException(
                $"document too large: {chars:N0} characters exceeds the MaxTextChars limit ({options.MaxTextChars:N0})");
        }
    }

    private static bool LooksBinary(string text)
    {
        var probe = text.AsSpan(0, Math.Min(text.Length, BinaryProbeChars));
        var controls = 0;
        foreach (var c in probe)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return controls >= MinControlsForBinary && controls > probe.Length * MaxControlShare;
    }

    private static ExtractedDocument Finish(ExtractedDocument extracted, string sourcePath)
    {
        var title = TextCleaner.CleanInline(extracted.Title);
        var body = WithoutLeadingLine(TextCleaner.Clean(extracted.Body), title);
        if (body.Length == 0)
        {
            throw new UnprocessableDocumentException(title.Length == 0 ? "no text found" : "no text found: the document has a title but no body");
        }

        var subtitle = TextCleaner.CleanInline(extracted.Subtitle);
        return extracted with
        {
            Title = title.Length > 0 ? title : Path.GetFileNameWithoutExtension(sourcePath),
            Subtitle = subtitle.Length == 0 || subtitle == title ? null : subtitle,
            Body = body,
            Language = string.IsNullOrWhiteSpace(extracted.Language) ? null : extracted.Language.Trim(),
        };
    }

    private static string WithoutLeadingLine(string body, string line)
    {
        if (line.Length == 0 || !body.StartsWith(line, StringComparison.Ordinal))
        {
            return body;
        }

        var rest = body.AsSpan(line.Length);
        return rest.IsEmpty || rest[0] == '\n' ? rest.TrimStart('\n').ToString() : body;
    }
}
