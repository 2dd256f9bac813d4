using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Normalization;

/// <summary>
/// Reads Markdown with Markdig: YAML front matter (title, subtitle/description, date/published, lang/language) if any,
/// else the first heading as title; the body is the rendered text without markup.
/// </summary>
public sealed class MarkdownReader(NormalizationOptions options)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    public ExtractedDocument Read(string markdown)
    {
        var document = ParseMarkdown(markdown);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        var metadata = frontMatter is null
            ? new Dictionary<string, string>()
            : MetadataLines.Parse(frontMatter.Lines.ToString().Split('\n'));
        if (frontMatter is not null)
        {
            document.Remove(frontMatter);
        }

        var page = BoundedHtmlParser.Parse(RenderHtml(document), options.MaxHtmlDepth);
        var article = HtmlArticle.Extract(
            page.Body ?? page.DocumentElement,
            MetadataLines.First(metadata, "title"),
            MetadataLines.First(metadata, "subtitle", "description"),
            "h1, h2, h3, h4, h5, h6");

        return new ExtractedDocument(
            DocumentFormats.Markdown,
            article.Title,
            article.Subtitle,
            article.Body,
            PublishedDateParser.Parse(MetadataLines.First(metadata, "date", "published")),
            MetadataLines.First(metadata, "lang", "language")?.Trim());
    }

    private static MarkdownDocument ParseMarkdown(string markdown)
    {
        try
        {
            return Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException ex)
        {
            throw new UnprocessableDocumentException("Markdown nested too deeply to read", ex);
        }
    }

    private static string RenderHtml(MarkdownDocument document)
    {
        try
        {
            return document.ToHtml(Pipeline);
        }
        catch (ArgumentException ex)
        {
            throw new UnprocessableDocumentException("Markdown nested too deeply to read", ex);
        }
    }
}
