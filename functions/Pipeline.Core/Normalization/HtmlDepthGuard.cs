using AngleSharp.Dom;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Normalization;

/// <summary>Refuses element trees nested deeper than the limit, before anything walks them recursively.</summary>
internal static class HtmlDepthGuard
{
    public static void Check(IElement root, int maxDepth)
    {
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > maxDepth)
            {
                throw new UnprocessableDocumentException($"HTML nested deeper than the MaxHtmlDepth limit ({maxDepth} elements)");
            }

            foreach (var child in item.Element.Children)
            {
                pending.Push((child, item.Depth + 1));
            }
        }
    }
}
