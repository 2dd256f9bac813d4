using Pipeline.Core.Documents;

namespace Pipeline.Core.Normalization;

/// <summary>Reads an HTML page with AngleSharp: title from &lt;title&gt; or the first &lt;h1&gt;, date from meta or &lt;time&gt;, language from &lt;html lang&gt;.</summary>
public sealed class HtmlReader(NormalizationOptions options)
{
    private static readonly (string Selector, string Attribute)[] DateSources =
    [
        ("meta[property='article:published_time']", "content"),
        ("meta[name='date']", "content"),
        ("meta[itemprop='datePublished']", "content"),
        ("time[datetime]", "datetime"),
    ];

    public ExtractedDocument Read(string html)
    {
        var document = BoundedHtmlParser.Parse(html, options.MaxHtmlDepth);
        var root = document.DocumentElement;

        var article = HtmlArticle.Extract(document.Body ?? root, document.Title, declaredSubtitle: null, "h1");
        var published = DateSources
            .Select(source => PublishedDateParser.Parse(document.QuerySelector(source.Selector)?.GetAttribute(source.Attribute)))
            .FirstOrDefault(date => date is not null);
        var language = root.GetAttribute("lang")?.Trim();

        return new ExtractedDocument(
            DocumentFormats.Html,
            article.Title,
            article.Subtitle,
            article.Body,
            published,
            string.IsNullOrEmpty(language) ? null : language);
    }
}
