using System.Net;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests;

/// <summary>Files dropped into a real Azurite become searchable over real HTTP, change, and disappear.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EndToEndTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string SeedName = "000_88ed6354c8f5a368.txt";
    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "seeds", SeedName);

    [Fact]
    public async Task The_seed_document_is_found_by_word_and_country_then_replaced_then_deleted()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var blob = host.Incoming.GetBlobClient(SeedName);
        await blob.UploadAsync(SeedPath);
        var uploaded = System.Diagnostics.Stopwatch.StartNew();

        var found = await host.WaitForAsync("/api/search?q=peacekeeping&country=AZ", r => Total(r) == 1);
        output.WriteLine($"upload to searchable: {uploaded.ElapsedMilliseconds} ms");
        var hit = found.GetProperty("hits")[0];
        Assert.Contains("<mark>peacekeeping</mark>", hit.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SeedName, hit.GetProperty("sourcePath").GetString());
        var countries = found.GetProperty("facets").GetProperty("country").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "AZ", "PS", "IL", "AM", "EG", "TR" }, countries.ToHashSet());
        var az = found.GetProperty("facets").GetProperty("country").EnumerateArray().Single(f => f.GetProperty("value").GetString() == "AZ");
        Assert.True(az.GetProperty("selected").GetBoolean());
        Assert.Equal("Azerbaijan", az.GetProperty("label").GetString());

        await blob.UploadAsync(BinaryData.FromString("Harbour cranes\nDockworkers in Rotterdam unloaded record tonnage."), overwrite: true);
        var overwritten = System.Diagnostics.Stopwatch.StartNew();
        await host.WaitForAsync("/api/search?q=peacekeeping", r => Total(r) == 0);
        var replaced = await host.WaitForAsync("/api/search?q=tonnage", r => Total(r) == 1);
        output.WriteLine($"overwrite to searchable: {overwritten.ElapsedMilliseconds} ms");
        Assert.Equal(SeedName, replaced.GetProperty("hits")[0].GetProperty("sourcePath").GetString());
        Assert.Equal(1, Total(await host.GetJsonAsync("/api/search")));

        await blob.DeleteAsync();
        var deleted = System.Diagnostics.Stopwatch.StartNew();
        await host.WaitForAsync("/api/search", r => Total(r) == 0);
        output.WriteLine($"delete to gone: {deleted.ElapsedMilliseconds} ms");
        var status = await host.WaitForAsync($"/api/status?path={SeedName}", s => s.GetProperty("state").GetString() == "deleted");
        Assert.Equal(SeedName, status.GetProperty("path").GetString());
    }

    [Fact]
    public async Task The_document_route_returns_the_normalised_document_with_its_evidence()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Incoming.GetBlobClient(SeedName).UploadAsync(SeedPath);

        var found = await host.WaitForAsync("/api/search?q=peacekeeping", r => Total(r) == 1);
        var id = found.GetProperty("hits")[0].GetProperty("id").GetString();
        var document = await host.GetJsonAsync($"/api/documents/{id}");

        Assert.Equal(SeedName, document.GetProperty("sourcePath").GetString());
        var azerbaijan = document.GetProperty("countries").EnumerateArray().First(c => c.GetProperty("code").GetString() == "AZ");
        var evidence = azerbaijan.GetProperty("evidence").EnumerateArray().First();
        var field = evidence.GetProperty("field").GetString()!;
        var text = document.GetProperty(field).GetString()!;
        Assert.Equal(evidence.GetProperty("text").GetString(), text.Substring(evidence.GetProperty("offset").GetInt32(), evidence.GetProperty("length").GetInt32()));

        using var missing = await host.Http.GetAsync("/api/documents/0123456789abcdef");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_malformed_query_answers_400_with_a_problem_that_names_the_parameter()
    {
        await using var host = await PipelineHost.StartAsync(azurite);

        foreach (var query in new[] { "q=title:(", "pageSize=0", "country=ZZ", "from=yesterday", "sort=random", "colour=red", "q=*tion" })
        {
            using var response = await host.Http.GetAsync($"/api/search?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), query);
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any(), query);
        }
    }

    [Fact]
    public async Task An_unreadable_file_fails_with_a_reason_and_the_watcher_keeps_going()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        await host.Incoming.GetBlobClient("photo.png").UploadAsync(BinaryData.FromBytes(png));
        await host.Incoming.GetBlobClient("empty.txt").UploadAsync(BinaryData.FromBytes([]));
        await host.Incoming.GetBlobClient("after.txt").UploadAsync(BinaryData.FromBytes(Encoding.UTF8.GetBytes("Quarry report\nGranite output doubled.")));

        var failed = await host.WaitForAsync("/api/status?path=photo.png", s => s.GetProperty("state").GetString() == "failed");
        Assert.Contains("unsupported", failed.GetProperty("reason").GetString(), StringComparison.OrdinalIgnoreCase);
        var empty = await host.WaitForAsync("/api/status?path=empty.txt", s => s.GetProperty("state").GetString() == "failed");
        Assert.False(string.IsNullOrWhiteSpace(empty.GetProperty("reason").GetString()));
        await host.WaitForAsync("/api/search?q=granite", r => Total(r) == 1);
        var indexed = await host.GetJsonAsync("/api/status?path=after.txt");
        Assert.Equal("indexed", indexed.GetProperty("state").GetString());
    }

    private static long Total(JsonElement response) => response.GetProperty("total").GetInt64();
}
