using System.Net;
using System.Text;
using System.Text.Json;

namespace Pipeline.Bench.Corpus;

/// <summary>Writes one article as .txt (header block), .md (front matter), .html (article page with navigation) or .json (schema.org-like).</summary>
public static class DocumentFormatter
{
    public static byte[] Format(string format, string title, DateTimeOffset published, IReadOnlyList<string> paragraphs, string source)
    {
        var date = published.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return format switch
        {
            "txt" => Encoding.UTF8.GetBytes($"Title: {title}\nPublished: {date}\nLanguage: en\n\n{string.Join("\n\n", paragraphs)}\n"),
            "md" => Encoding.UTF8.GetBytes(Markdown(title, date, paragraphs)),
            "html" => Encoding.UTF8.GetBytes(Html(title, date, paragraphs, source)),
            "json" => Json(title, date, paragraphs, source),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format"),
        };
    }

    private static string Markdown(string title, string date, IReadOnlyList<string> paragraphs)
    {
        var text = new StringBuilder($"---\ntitle: \"{title}\"\npublished: {date}\n---\n\n# {title}\n\n");
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                text.Append("## ").Append(string.Join(' ', paragraphs[i].Split(' ').Take(4))).Append("\n\n");
            }

            text.Append(paragraphs[i]).Append("\n\n");
        }

        return text.ToString();
    }

    private static string Html(string title, string date, IReadOnlyList<string> paragraphs, string source)
    {
        var encoded = WebUtility.HtmlEncode(title);
        var text = new StringBuilder(
            $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{encoded}</title>" +
            $"<meta property=\"article:published_time\" content=\"{date}\"><style>body{{font-family:serif}}</style></head>\n" +
            "<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav>\n" +
            $"<article><h1>{encoded}</h1><p class=\"byline\">{WebUtility.HtmlEncode(source)}</p>\n");
        foreach (var paragraph in paragraphs)
        {
            text.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        }

        return text.Append("</article><footer>© News desk</footer><script>track();</script></body></html>\n").ToString();
    }

    private static byte[] Json(string title, string date, IReadOnlyList<string> paragraphs, string source)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("headline", title);
            json.WriteString("datePublished", date);
            json.WriteString("author", source);
            json.WriteStartArray("articleBody");
            foreach (var paragraph in paragraphs)
            {
                json.WriteStringValue(paragraph);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
