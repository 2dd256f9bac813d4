using AngleSharp.Dom;

namespace Pipeline.Core.Normalization;

/// <summary>Title, subtitle and body text of an HTML tree, shared by the HTML and Markdown readers.</summary>
internal sealed record HtmlArticle(string Title, string? Subtitle, string Body)
{
    private static readonly string[] SubtitleClasses = ["subtitle", "standfirst", "dek"];

    /// <summary>
    /// Uses <paramref name="declaredTitle"/> unless it is empty or the first heading is a shorter prefix of it (a site-suffixed title);
    /// the heading used as title, and (unless <paramref name="declaredSubtitle"/> is given) a subtitle directly after it, are left out of the body.
    /// </summary>
    public static HtmlArticle Extract(IElement root, string? declaredTitle, string? declaredSubtitle, string headingSelector)
    {
        var declared = TextCleaner.CleanInline(declaredTitle);
        var heading = root.QuerySelector(headingSelector);
        var headingText = heading is null ? string.Empty : TextCleaner.CleanInline(HtmlTextExtractor.Extract(heading));
        var useHeading = headingText.Length > 0
            && (declared.Length == 0 || (declared.Length > headingText.Length && declared.StartsWith(headingText, StringComparison.Ordinal)));
        var title = useHeading ? headingText : declared;

        var skip = new HashSet<INode>();
        var subtitle = string.IsNullOrWhiteSpace(declaredSubtitle) ? null : declaredSubtitle;
        if (heading is not null && headingText.Length > 0 && headingText == title)
        {
            skip.Add(heading);
            if (subtitle is null && heading.NextElementSibling is { } next && IsSubtitle(next))
            {
                subtitle = TextCleaner.CleanInline(HtmlTextExtractor.Extract(next));
                skip.Add(next);
            }
        }

        return new HtmlArticle(title, subtitle, HtmlTextExtractor.Extract(root, skip));
    }

    private static bool IsSubtitle(IElement element) =>
        element.LocalName == "h2"
        || (element.LocalName == "p" && SubtitleClasses.Any(c => element.ClassList.Contains(c)));
}
