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

    /// <summary>JSON property names tried in order (case-insensitive) for each field.</summary>
    [MinLength(1)]
    public string[] JsonTitleFields { get; set; } = ["title", "headline", "name"];

    [MinLength(1)]
    public string[] JsonBodyFields { get; set; } = ["body", "text", "content", "articleBody", "description"];

    public string[] JsonSubtitleFields { get; set; } = ["subtitle", "standfirst", "dek"];

    public string[] JsonDateFields { get; set; } = ["published", "publishedAt", "datePublished", "date", "pubDate"];

    public string[] JsonLanguageFields { get; set; } = ["language", "lang"];
}
