using System.Net;

namespace Pipeline.IntegrationTests.Ui;

/// <summary>The page's route serves the page and its assets, and nothing else: api/ routes stay reachable beside it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PageRouteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_page_is_served_at_the_root_with_an_etag_and_api_routes_are_not_shadowed()
    {
        await using var host = await PipelineHost.StartAsync(azurite);

        using var page = await host.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Pipeline search</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var etag = page.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/index.html");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await host.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var script = await host.Http.GetAsync("/assets/app.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);

        foreach (var missing in new[] { "/assets/missing.js", "/secrets.json", "/assets/sub/app.js", "/assets/%2e%2e%2fappsettings.json" })
        {
            using var response = await host.Http.GetAsync(missing);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var api = await host.Http.GetAsync("/api/files?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_files_route_lists_recent_files_newest_first_with_their_state()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Incoming.GetBlobClient("first.txt").UploadAsync(BinaryData.FromString("First\nAlpha text."));
        await host.WaitForAsync("/api/status?path=first.txt", s => s.GetProperty("state").GetString() == "indexed");
        await host.Incoming.GetBlobClient("second.txt").UploadAsync(BinaryData.FromString("Second\nBeta text."));
        await host.WaitForAsync("/api/status?path=second.txt", s => s.GetProperty("state").GetString() == "indexed");

        var files = await host.GetJsonAsync("/api/files");
        var paths = files.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("path").GetString()).ToList();
        Assert.Equal(["second.txt", "first.txt"], paths);
        var one = await host.GetJsonAsync("/api/files?limit=1");
        Assert.Equal("second.txt", one.GetProperty("items")[0].GetProperty("path").GetString());
        Assert.Equal(1, one.GetProperty("items").GetArrayLength());

        using var unknown = await host.Http.GetAsync("/api/files?colour=red");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }
}
