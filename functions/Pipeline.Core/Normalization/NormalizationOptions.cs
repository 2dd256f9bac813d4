using System.ComponentModel.DataAnnotations;

namespace Pipeline.Core.Normalization;

/// <summary>Limits and field names for normalisation; bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class NormalizationOptions
{
    public const string SectionName = "Pipeline:Normalization";

    /// <summary>Deepest nesting of JSON objects and arrays accepted.</summary>
    [Range(1, 1000)]
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>Deepest nesting of HTML elements accepted (Markdown is checked after rendering to HTML).</summary>
    [Range(8, 2000)]
    public int MaxHtmlDepth { get; set; } = 256;

    /// <summary>Most characters of decoded text accepted.</summary>
    [Range(typeof(long), "1", "1000000000")]
    public long MaxTextChars { get; set; } = 5_000_000;

    /// <summary>Largest uploaded file accepted, checked before it is downloaded.</summary>
    [Range(typeof(long), "1", "10000000000")]
    public long MaxBlobBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Most pages of a PDF read; longer PDFs are refused rather than truncated.</summary>
    [Range(1, 100_000)]
    public int MaxPdfPages { get; set; } = 2_000;

    /// <summary>Most bytes a DOCX (a ZIP package) may expand to, summed over its entries.</summary>
    [Range(typeof(long), "1024", "10000000000")]
    public long MaxDocxExpandedBytes { get; set; } = 200 * 1024 * 1024;

    /// <summary>Highest ratio of expanded to compressed size accepted for a DOCX entry or the whole package (zip bombs).</summary>
    [Range(2, 10_000)]
    public int MaxDocxExpansionRatio { get; set; } = 200;

    /// <summary>Most entries a DOCX package may hold.</summary>
    [Range(1, 1_000_000)]
    public int MaxDocxEntries { get; set; } = 10_000;

    /// <summary>Longest time normalising and enriching one document may take before it fails.</summary>
    [Range(1, 3_600_000)]
    public int MaxDocumentMilliseconds { get; set; } = 60_000;

    /// <summary>JSON property names tried in order (case-insensitive) for each field.</summary>
    [MinLength(1)]
    public string[] JsonTitleFields { get; set; } = ["title", "headline", "name"];

    [MinLength(1)]
    public string[] JsonBodyFields { get; set; } = ["body", "text", "content", "articleBody", "description"];

    public string[] JsonSubtitleFields { get; set; } = ["subtitle", "standfirst", "dek"];

    public string[] JsonDateFields { get; set; } = ["published", "publishedAt", "datePublished", "date", "pubDate"];

    public string[] JsonLanguageFields { get; set; } = ["language", "lang"];
}
