using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Normalization;

/// <summary>
/// Reads one document from a JSON object with Newtonsoft. Fields are found by the names in <see cref="NormalizationOptions"/>
/// (case-insensitive, first non-empty wins); the body may be a string or an array of paragraph strings, and HTML in it is reduced to text.
/// </summary>
public sealed partial class JsonDocumentReader(NormalizationOptions options)
{
    public ExtractedDocument Read(string json)
    {
        var document = Load(json);
        var body = Text(document, options.JsonBodyFields) ?? string.Empty;
        if (FormatSniffer.LooksLikeHtml(body))
        {
            body = HtmlTextExtractor.Extract(BoundedHtmlParser.Parse(body, options.MaxHtmlDepth).DocumentElement);
        }

        return new ExtractedDocument(
            DocumentFormats.Json,
            Text(document, options.JsonTitleFields) ?? string.Empty,
            Text(document, options.JsonSubtitleFields),
            body,
            PublishedDateParser.Parse(Text(document, options.JsonDateFields)),
            Text(document, options.JsonLanguageFields)?.Trim());
    }

    private JObject Load(string json)
    {
        using var reader = new DepthLimitedJsonReader(new StringReader(json), options.MaxJsonDepth)
        {
            MaxDepth = null,
            DateParseHandling = DateParseHandling.None,
        };
        try
        {
            if (!reader.Read() || reader.TokenType == JsonToken.StartArray)
            {
                throw new UnprocessableDocumentException(reader.TokenType == JsonToken.StartArray
                    ? "JSON arrays of documents are not supported; upload one document per file"
                    : "invalid JSON: no value found");
            }

            if (JToken.ReadFrom(reader) is not JObject document)
            {
                throw new UnprocessableDocumentException("unsupported JSON: expected an object with the document's fields");
            }

            while (reader.Read())
            {
                // Newtonsoft throws for content after the object; reading to the end makes it do so.
            }

            return document;
        }
        catch (JsonReaderException ex)
        {
            throw new UnprocessableDocumentException(
                $"invalid JSON at line {ex.LineNumber}, position {ex.LinePosition}: {WithoutLocation(ex.Message)}", ex);
        }
    }

    private static string? Text(JObject document, IEnumerable<string> names) =>
        names
            .Select(name => document.GetValue(name, StringComparison.OrdinalIgnoreCase))
            .Select(AsText)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));

    private static string? AsText(JToken? token) => token switch
    {
        JValue { Type: JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Date } value =>
            Convert.ToString(value.Value, CultureInfo.InvariantCulture),
        JArray items => string.Join("\n\n", items.Select(AsText).Where(text => !string.IsNullOrWhiteSpace(text))),
        _ => null,
    };

    // Newtonsoft ends messages with "Path 'x', line 3, position 5."; the reason states line and position itself.
    private static string WithoutLocation(string message) => JsonLocationSuffix().Replace(message, string.Empty).TrimEnd('.', ' ');

    [GeneratedRegex(@"\s*Path '[^']*'(, line \d+, position \d+)?\.?\s*$|,?\s*line \d+, position \d+\.?\s*$")]
    private static partial Regex JsonLocationSuffix();
}
