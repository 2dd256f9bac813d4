using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Normalization;

/// <summary>Parses HTML with AngleSharp, refusing documents nested deeper than a limit before and after parsing.</summary>
internal static partial class BoundedHtmlParser
{
    // The source scan is an estimate, so it allows twice the limit; the exact check runs on the parsed tree.
    private const int SourceScanSlack = 2;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    };

    // Elements whose end tag may be omitted: counting them would mistake siblings for nesting.
    private static readonly HashSet<string> OptionalEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup",
        "option", "optgroup", "rb", "rt", "rp", "rtc",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    public static IHtmlDocument Parse(string html, int maxDepth)
    {
        CheckSource(html, maxDepth);
        var document = new HtmlParser().ParseDocument(html);
        CheckTree(document.DocumentElement, maxDepth);
        return document;
    }

    // AngleSharp's tree building is quadratic in nesting depth, so absurd nesting must be refused before it parses.
    // Hand-written tag scan: AngleSharp's tokenizer is internal.
    private static void CheckSource(string html, int maxDepth)
    {
        var depth = 0;
        var position = html.IndexOf('<', StringComparison.Ordinal);
        while (position >= 0 && position < html.Length)
        {
            var tag = Tag().Match(html, position);
            if (!tag.Success)
            {
                position = html.IndexOf('<', position + 1);
                continue;
            }

            position = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value;
            if (tag.Groups["comment"].Success || Void.Contains(name) || OptionalEnd.Contains(name) || tag.Groups["self"].Success)
            {
                position = html.IndexOf('<', position);
                continue;
            }

            if (tag.Groups["close"].Success)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (RawText.Contains(name))
            {
                position = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
            }
            else if (++depth > maxDepth * SourceScanSlack)
            {
                throw TooDeep(maxDepth);
            }

            position = position < 0 ? -1 : html.IndexOf('<', position);
        }
    }

    private static void CheckTree(IElement root, int maxDepth)
    {
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > maxDepth)
            {
                throw TooDeep(maxDepth);
            }

            foreach (var child in item.Element.Children)
            {
                pending.Push((child, item.Depth + 1));
            }
        }
    }

    private static UnprocessableDocumentException TooDeep(int maxDepth) =>
        new($"HTML nested deeper than the MaxHtmlDepth limit ({maxDepth} elements)");

    [GeneratedRegex(@"\G(?:(?<comment><!--.*?-->)|<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^>]*?)?(?<self>/)?>)", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
