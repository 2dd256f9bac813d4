using System.Text;
using Lucene.Net.Search.Highlight;

namespace Pipeline.Core.Search;

/// <summary>Escapes only what HTML needs (Lucene's SimpleHTMLEncoder also turns every non-ASCII letter into an entity).</summary>
public sealed class MarkHtmlEncoder : IEncoder
{
    public static MarkHtmlEncoder Instance { get; } = new();

    public string EncodeText(string originalText) => Encode(originalText);

    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }
}
