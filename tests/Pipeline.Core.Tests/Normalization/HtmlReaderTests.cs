using Pipeline.Core.Normalization;
using static Pipeline.Core.Tests.Normalization.NormalizerHarness;

namespace Pipeline.Core.Tests.Normalization;

public class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="fr-FR">
        <head>
          <title>Ceasefire talks &amp; aid</title>
          <meta property="article:published_time" content="2025-03-04T08:15:00Z">
          <style>body { color: red; }</style>
          <script>var secret = "script text";</script>
        </head>
        <body>
          <!-- a comment that must not appear -->
          <noscript>Enable JavaScript</noscript>
          <h1>Ceasefire talks &amp; aid</h1>
          <p class="standfirst">Both sides meet in Doha</p>
          <p>Caf&eacute; owners &ldquo;welcome&rdquo; the news&nbsp;&mdash; finally.</p>
          <ul><li>First point</li><li>Second point</li></ul>
          <div>Line one<br>Line two</div>
          <svg><text>svg label</text></svg>
          <template><p>template text</p></template>
        </body>
        </html>
        """;

    [Fact]
    public void Strips_hidden_content_and_decodes_entities()
    {
        var doc = Normalize(Page, "page.html");

        Assert.Equal("html", doc.Format);
        foreach (var hidden in new[] { "script text", "color: red", "a comment", "Enable JavaScript", "svg label", "template text" })
        {
            Assert.DoesNotContain(hidden, doc.Body, StringComparison.Ordinal);
        }

        Assert.Contains("Café owners “welcome” the news — finally.", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Extracts_title_subtitle_date_and_language()
    {
        var doc = Normalize(Page, "page.html");

        Assert.Equal("Ceasefire talks & aid", doc.Title);
        Assert.Equal("Both sides meet in Doha", doc.Subtitle);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 8, 15, 0, TimeSpan.Zero), doc.Published);
        Assert.Equal("fr-FR", doc.Language);
        Assert.StartsWith("Café owners", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Doha", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_elements_become_line_and_paragraph_breaks()
    {
        var doc = Normalize(Page, "page.html");

        Assert.Contains("First point\nSecond point", doc.Body, StringComparison.Ordinal);
        Assert.Contains("Line one\nLine two", doc.Body, StringComparison.Ordinal);
        Assert.Contains("finally.\n\nFirst point", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_suffixed_title_prefers_h1_and_time_element_gives_date()
    {
        var html = "<html><head><title>Floods in Pakistan | Daily News</title></head><body>"
            + "<h1>Floods in Pakistan</h1><h2>Thousands displaced</h2><p>Rain <time datetime=\"2024-08-30\">Friday</time>.</p></body></html>";

        var doc = Normalize(html, "floods.htm");

        Assert.Equal("Floods in Pakistan", doc.Title);
        Assert.Equal("Thousands displaced", doc.Subtitle);
        Assert.Equal(new DateTimeOffset(2024, 8, 30, 0, 0, 0, TimeSpan.Zero), doc.Published);
        Assert.Equal("Rain Friday.", doc.Body);
    }

    [Fact]
    public void Meta_name_date_is_used_and_h1_other_than_title_stays_in_body()
    {
        var html = "<html><head><title>Report</title><meta name=\"date\" content=\"Tue, 10 Jun 2025 12:00:00 GMT\"></head>"
            + "<body><h1>Chapter one</h1><p>Text.</p></body></html>";

        var doc = Normalize(html, "r.html");

        Assert.Equal("Report", doc.Title);
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 12, 0, 0, TimeSpan.Zero), doc.Published);
        Assert.Equal("Chapter one\n\nText.", doc.Body);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_refused()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 40)) + "deep" + "</body></html>";

        var reason = Refusal(html, "deep.html", new NormalizationOptions { MaxHtmlDepth = 30 });

        Assert.Contains("MaxHtmlDepth", reason, StringComparison.Ordinal);
        Assert.Equal("deep", Normalize(html, "deep.html").Body);
    }

    [Fact]
    public void Page_with_only_scripts_has_no_text()
    {
        Assert.Contains("no text found", Refusal("<html><body><script>x()</script></body></html>", "a.html"), StringComparison.Ordinal);
    }
}
