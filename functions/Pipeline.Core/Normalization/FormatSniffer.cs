using System.Text.RegularExpressions;
using Newtonsoft.Json;

namespace Pipeline.Core.Normalization;

/// <summary>
/// Decides how decoded text is read: unmistakable content first (parseable JSON, an HTML document start, YAML front matter),
/// then the file extension, then weaker content hints (HTML tags or a Markdown heading near the start), then the content type.
/// </summary>
public static partial class FormatSniffer
{
    private const int HintWindow = 2048;

    /// <summary>Returns one of the <see cref="DocumentFormats"/> values; plain text when nothing else fits.</summary>
    public static string Detect(string text, string sourcePath, string? contentType)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || StartsWithTag(start, "html"))
        {
            return DocumentFormats.Html;
        }

        if ((start.StartsWith("{") || start.StartsWith("[")) && IsWellFormedJson(text))
        {
            return DocumentFormats.Json;
        }

        if (text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return DocumentFormats.Markdown;
        }

        var hint = start[..Math.Min(start.Length, HintWindow)].ToString();
        return FromExtension(sourcePath)
            ?? (HtmlTagHint().IsMatch(hint) ? DocumentFormats.Html : null)
            ?? (MarkdownHeadingHint().IsMatch(hint) ? DocumentFormats.Markdown : null)
            ?? FromContentType(contentType)
            ?? DocumentFormats.Text;
    }

    /// <summary>True when <paramref name="text"/> holds an HTML fragment: a typical tag near its start.</summary>
    public static bool LooksLikeHtml(string text) => HtmlTagHint().IsMatch(text.AsSpan(0, Math.Min(text.Length, HintWindow)));

    private static bool StartsWithTag(ReadOnlySpan<char> start, string tag) =>
        start.Length > tag.Length + 1
        && start[0] == '<'
        && start[1..].StartsWith(tag, StringComparison.OrdinalIgnoreCase)
        && (start[tag.Length + 1] is '>' || char.IsWhiteSpace(start[tag.Length + 1]));

    private static string? FromExtension(string sourcePath) =>
        Path.GetExtension(sourcePath).ToUpperInvariant() switch
        {
            ".TXT" or ".TEXT" => DocumentFormats.Text,
            ".MD" or ".MARKDOWN" => DocumentFormats.Markdown,
            ".HTML" or ".HTM" or ".XHTML" => DocumentFormats.Html,
            ".JSON" => DocumentFormats.Json,
            _ => null,
        };

    private static string? FromContentType(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim().ToUpperInvariant();
        return mediaType switch
        {
            "TEXT/HTML" or "APPLICATION/XHTML+XML" => DocumentFormats.Html,
            "TEXT/MARKDOWN" or "TEXT/X-MARKDOWN" => DocumentFormats.Markdown,
            "APPLICATION/JSON" or "TEXT/JSON" => DocumentFormats.Json,
            _ when mediaType?.EndsWith("+JSON", StringComparison.Ordinal) == true => DocumentFormats.Json,
            _ => null,
        };
    }

    private static bool IsWellFormedJson(string text)
    {
        // Reading tokens without building objects is iterative, so deep nesting is safe here; the reader enforces the limit.
        using var reader = new JsonTextReader(new StringReader(text)) { MaxDepth = null, DateParseHandling = DateParseHandling.None };
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonReaderException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"<(head|body|title|meta|p|div|h[1-6]|article|section|main|br|ul|ol|li|table|span|a|img|strong|em)(\s[^>]*)?/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTagHint();

    [GeneratedRegex(@"\A#{1,6} \S", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownHeadingHint();
}
