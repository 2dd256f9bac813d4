using System.Text.Json;

namespace Pipeline.IntegrationTests;

/// <summary>The watcher lists incoming/ a few blobs per request so Azurite can answer others in between; no page may be missed.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ListingPagesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_listing_over_many_small_pages_finds_every_blob_and_removes_only_the_deleted_one()
    {
        await using var host = await PipelineHost.StartAsync(azurite, new Dictionary<string, string?> { ["Pipeline:LocalHost:ListingPageSize"] = "10" });
        await Task.WhenAll(Enumerable.Range(0, 35).Select(i =>
            host.Incoming.GetBlobClient($"quarry/{i:D2}.txt").UploadAsync(BinaryData.FromString($"Quarry {i}\nGranite quarries reopened near town {i}."))));

        await host.WaitForAsync("/api/search?q=granite", r => Total(r) == 35);
        await host.Incoming.GetBlobClient("quarry/17.txt").DeleteAsync();
        await host.WaitForAsync("/api/search?q=granite", r => Total(r) == 34);
        await host.WaitForAsync("/api/status?path=quarry%2F17.txt", s => s.GetProperty("state").GetString() == "deleted");
        Assert.Equal("indexed", (await host.GetJsonAsync("/api/status?path=quarry%2F34.txt")).GetProperty("state").GetString());
    }

    private static long Total(JsonElement response) => response.GetProperty("total").GetInt64();
}
