using System.Text.Json;

namespace Pipeline.IntegrationTests.Ui;

/// <summary>Starts a real local host and uploads seed files (and any extras), then waits until all of them are searchable.</summary>
internal static class SeededHost
{
    public static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "seeds");

    public static async Task<PipelineHost> StartAsync(AzuriteFixture azurite, params string[] seeds)
    {
        var host = await PipelineHost.StartAsync(azurite);
        foreach (var name in seeds)
        {
            await host.Incoming.GetBlobClient(name).UploadAsync(Path.Combine(SeedFolder, name));
        }

        await host.WaitForAsync("/api/search", r => r.GetProperty("total").GetInt64() == seeds.Length, TimeSpan.FromSeconds(60));
        return host;
    }

    public static long Total(JsonElement response) => response.GetProperty("total").GetInt64();

    public static int FacetCount(JsonElement response, string dimension, string value) =>
        response.GetProperty("facets").GetProperty(dimension).EnumerateArray()
            .Where(f => f.GetProperty("value").GetString() == value)
            .Select(f => f.GetProperty("count").GetInt32())
            .SingleOrDefault();
}
