using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Pipeline.Core.Normalization;

/// <summary>Renders the visible text of an HTML tree: hidden and non-content elements dropped, blocks as line or paragraph breaks.</summary>
public static partial class HtmlTextExtractor
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "canvas",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "main", "aside", "nav",
        "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "figcaption", "address", "hr", "form", "fieldset", "details",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "li", "tr", "dt", "dd", "summary", "caption", "option", "legend",
    };

    private static readonly HashSet<string> Cells = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    /// <summary>The text under <paramref name="root"/>, uncleaned; elements in <paramref name="skip"/> are left out.</summary>
    public static string Extract(INode root, IReadOnlySet<INode>? skip = null)
    {
        var text = new StringBuilder();
        Append(root, text, skip, inPre: false);
        return text.ToString();
    }

    private static void Append(INode node, StringBuilder text, IReadOnlySet<INode>? skip, bool inPre)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                text.Append(inPre ? textNode.Data : HtmlWhitespace().Replace(textNode.Data, " "));
            }
            else if (child is IElement element && !Dropped.Contains(element.LocalName) && skip?.Contains(element) != true)
            {
                AppendElement(element, text, skip, inPre);
            }
        }
    }

    private static void AppendElement(IElement element, StringBuilder text, IReadOnlySet<INode>? skip, bool inPre)
    {
        var name = element.LocalName;
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            text.Append('\n');
            return;
        }

        if (Cells.Contains(name))
        {
            text.Append(' ');
        }

        var breaks = Paragraphs.Contains(name) ? 2 : Lines.Contains(name) ? 1 : 0;
        EnsureBreak(text, breaks);
        Append(element, text, skip, inPre || name.Equals("pre", StringComparison.OrdinalIgnoreCase));
        EnsureBreak(text, breaks);
    }

    // Adjacent blocks share their breaks: </li><li> is one line break, not two.
    private static void EnsureBreak(StringBuilder text, int breaks)
    {
        if (breaks == 0 || text.Length == 0)
        {
            return;
        }

        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }

        var existing = 0;
        while (existing < text.Length && text[text.Length - 1 - existing] == '\n')
        {
            existing++;
        }

        text.Append('\n', Math.Max(0, breaks - existing));
    }

    // HTML collapses ASCII whitespace (not NBSP) in normal flow.
    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex HtmlWhitespace();
}
