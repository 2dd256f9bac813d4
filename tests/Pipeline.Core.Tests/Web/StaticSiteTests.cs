using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Web;

namespace Pipeline.Core.Tests.Web;

public sealed partial class StaticSiteTests
{
    private readonly StaticSite site = new();

    [Fact]
    public void Every_file_the_page_references_or_imports_is_served_with_its_content_type()
    {
        var index = site.Get(string.Empty, null);
        Assert.Equal(200, index.StatusCode);
        Assert.Equal("text/html; charset=utf-8", index.ContentType);
        var html = Encoding.UTF8.GetString(index.Content.Span);
        var referenced = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("assets/app.js", referenced);
        Assert.Contains("assets/app.css", referenced);

        foreach (var script in site.Paths.Where(p => p.EndsWith(".js", StringComparison.Ordinal)))
        {
            var source = Encoding.UTF8.GetString(site.Get(script, null).Content.Span);
            referenced.AddRange(ModuleImport().Matches(source).Select(m => "assets/" + m.Groups[1].Value));
        }

        foreach (var path in referenced.Distinct())
        {
            var response = site.Get(path, null);
            Assert.True(response.StatusCode == 200, $"{path} is referenced but answers {response.StatusCode}");
            Assert.NotEqual("application/octet-stream", response.ContentType);
        }
    }

    [Fact]
    public void A_current_etag_answers_304_and_a_stale_one_the_file()
    {
        var first = site.Get("assets/app.css", null);
        var etag = first.Headers["ETag"];
        Assert.Equal("no-cache", first.Headers["Cache-Control"]);
        Assert.Equal("nosniff", first.Headers["X-Content-Type-Options"]);

        Assert.Equal(304, site.Get("assets/app.css", [etag]).StatusCode);
        Assert.Equal(304, site.Get("assets/app.css", ["\"other\", W/" + etag]).StatusCode);
        Assert.True(site.Get("assets/app.css", [etag]).Content.IsEmpty);
        Assert.Equal(200, site.Get("assets/app.css", ["\"stale\""]).StatusCode);
        Assert.NotEqual(etag, site.Get("assets/app.js", null).Headers["ETag"]);
    }

    [Theory]
    [InlineData("api/search")]
    [InlineData("../Pipeline.Core.dll")]
    [InlineData("assets/../index.html")]
    [InlineData("assets/..%2fappsettings.json")]
    [InlineData("/etc/passwd")]
    [InlineData("assets/sub/app.js")]
    [InlineData("assets/missing.js")]
    [InlineData("Enrichment/Data/countries.json")]
    public void Anything_but_the_page_and_its_assets_is_404_with_a_problem(string path)
    {
        var response = site.Get(path, null);
        Assert.Equal(404, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.False(response.Headers.ContainsKey("ETag"));
    }

    [GeneratedRegex("""(?:src|href)="(assets/[^"]+)""")]
    private static partial Regex AssetReference();

    [GeneratedRegex("""from '\./([^']+)'""")]
    private static partial Regex ModuleImport();
}
