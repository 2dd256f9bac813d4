namespace Pipeline.Core.Normalization;

/// <summary>Decides which binary document formats (PDF, DOCX) a file is read as: content first, then extension and content type.</summary>
public static class BinaryFormats
{
    // The PDF specification lets readers accept the header anywhere in the first 1024 bytes.
    private const int PdfHeaderWindow = 1024;
    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, PdfHeaderWindow)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>A ZIP package holding word/ parts, or any ZIP package that its name or content type says is a DOCX.</summary>
    public static bool IsDocx(string? binaryName, string sourcePath, string? contentType) =>
        binaryName == BinarySignatures.WordDocument
        || (binaryName == BinarySignatures.ZipArchive && (HasExtension(sourcePath, ".docx") || IsMediaType(contentType, DocxContentType)));

    /// <summary>A reason when the name or content type promises a PDF or DOCX that the content is not, else null.</summary>
    public static string? ClaimedButMissing(string sourcePath, string? contentType)
    {
        if (HasExtension(sourcePath, ".pdf") || IsMediaType(contentType, "application/pdf"))
        {
            return "invalid PDF: the file is named or typed as a PDF but does not start with the %PDF- header";
        }

        return HasExtension(sourcePath, ".docx") || IsMediaType(contentType, DocxContentType)
            ? "invalid DOCX: the file is named or typed as a Word document but is not a ZIP package"
            : null;
    }

    private static bool HasExtension(string path, string extension) =>
        Path.GetExtension(path).Equals(extension, StringComparison.OrdinalIgnoreCase);

    private static bool IsMediaType(string? contentType, string mediaType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals(mediaType, StringComparison.OrdinalIgnoreCase);
}
