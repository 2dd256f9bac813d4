using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Ingestion;

namespace Pipeline.IntegrationTests;

/// <summary>Repeated and late events do no harm, deletes clear normalized/, and a reindex never takes search down.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LifecycleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Duplicate_events_and_a_late_delete_leave_one_indexed_document()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var blob = host.Incoming.GetBlobClient("dup.txt");
        await blob.UploadAsync(BinaryData.FromString("Quarry report\nGranite output doubled."));
        var indexed = await host.WaitForAsync("/api/status?path=dup.txt", s => s.GetProperty("state").GetString() == "indexed");

        var ingestion = host.Services.GetRequiredService<IngestionService>();
        await ingestion.ProcessAsync(blob, CancellationToken.None);
        await ingestion.ProcessAsync(blob, CancellationToken.None);
        await ingestion.DeleteAsync("dup.txt", CancellationToken.None);
        await Task.Delay(500);

        var search = await host.GetJsonAsync("/api/search?q=granite");
        Assert.Equal(1, search.GetProperty("total").GetInt64());
        var status = await host.GetJsonAsync("/api/status?path=dup.txt");
        Assert.Equal("indexed", status.GetProperty("state").GetString());
        Assert.Equal(indexed.GetProperty("attempts").GetInt32(), status.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Deleting_a_blob_removes_its_normalised_document_and_says_deleted()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var blob = host.Incoming.GetBlobClient("gone.txt");
        await blob.UploadAsync(BinaryData.FromString("Ferry timetable\nWinter sailings resume."));
        var found = await host.WaitForAsync("/api/search?q=sailings", r => r.GetProperty("total").GetInt64() == 1);
        var id = found.GetProperty("hits")[0].GetProperty("id").GetString();

        await blob.DeleteAsync();
        await host.WaitForAsync("/api/status?path=gone.txt", s => s.GetProperty("state").GetString() == "deleted");

        // Searchers refresh every 100 ms, so the removal shows in search a moment after the status says so.
        await host.WaitForAsync("/api/search?q=sailings", r => r.GetProperty("total").GetInt64() == 0);
        using var document = await host.Http.GetAsync($"/api/documents/{id}");
        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
    }

    [Fact]
    public async Task Reindex_rebuilds_from_normalized_without_a_search_ever_missing_a_document()
    {
        const int count = 40;
        await using var host = await PipelineHost.StartAsync(azurite);
        for (var i = 0; i < count; i++)
        {
            await host.Incoming.GetBlobClient($"doc-{i:D3}.txt").UploadAsync(BinaryData.FromString($"Report {i}\nHarvest figures for region marker{i:D3}."));
        }

        await host.WaitForAsync("/api/search?q=harvest", r => r.GetProperty("total").GetInt64() == count, TimeSpan.FromSeconds(60));

        // An orphan: indexed, but its normalised source is gone, as after a lost delete.
        var orphan = (await host.GetJsonAsync("/api/search?q=marker007")).GetProperty("hits")[0].GetProperty("id").GetString();
        var containers = host.Services.GetRequiredService<Pipeline.Core.Storage.PipelineContainers>();
        await containers.Normalized.GetBlobClient($"{orphan}.json").DeleteAsync();

        using var start = await host.Http.PostAsync("/api/admin/reindex", null);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var totals = new List<long>();
        JsonElement progress;
        do
        {
            totals.Add((await host.GetJsonAsync("/api/search?q=harvest")).GetProperty("total").GetInt64());
            progress = await host.GetJsonAsync("/api/admin/reindex");
        }
        while (progress.GetProperty("state").GetString() == "running");

        Assert.Equal("completed", progress.GetProperty("state").GetString());
        Assert.Equal(count - 1, progress.GetProperty("indexed").GetInt32());
        Assert.Equal(1, progress.GetProperty("removed").GetInt32());
        Assert.All(totals, total => Assert.InRange(total, count - 1, count));
        await host.WaitForAsync("/api/search?q=harvest", r => r.GetProperty("total").GetInt64() == count - 1);
    }
}
