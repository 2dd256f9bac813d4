namespace Pipeline.Core.Normalization;

/// <summary>The values of <see cref="Documents.ExtractedDocument.Format"/>.</summary>
public static class DocumentFormats
{
    public const string Text = "txt";
    public const string Markdown = "md";
    public const string Html = "html";
    public const string Json = "json";
    public const string Pdf = "pdf";
    public const string Docx = "docx";
}
