using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Pipeline.IntegrationTests;

/// <summary>
/// The host's blob relay: Azurite's blob endpoint under the host's address. With listings an hour apart, only the relay's
/// word to the watcher can make a write searchable, so these show it does, for every kind of write a client makes.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class BlobRelayTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> ListingOnceAnHour = new() { ["Pipeline:LocalHost:PollIntervalMs"] = "60000" };

    [Fact]
    public async Task A_file_written_through_the_relay_is_searchable_replaced_and_removed_without_waiting_for_a_listing()
    {
        await using var host = await PipelineHost.StartAsync(azurite, ListingOnceAnHour);
        await host.WaitForAsync("/api/search", r => Total(r) == 0);
        var blob = Relayed(host).GetBlobClient("reports/harbour report.txt");

        await blob.UploadAsync(BinaryData.FromString("Harbour cranes\nDockworkers in Rotterdam unloaded record tonnage."));
        var found = await host.WaitForAsync("/api/search?q=tonnage", r => Total(r) == 1);
        Assert.Equal("reports/harbour report.txt", found.GetProperty("hits")[0].GetProperty("sourcePath").GetString());

        // Staged blocks then a block list, as clients upload large files: searchable once the list commits.
        var blocks = new BlobUploadOptions { TransferOptions = new StorageTransferOptions { InitialTransferSize = 64, MaximumTransferSize = 64 } };
        await blob.UploadAsync(BinaryData.FromString("Cocoa prices\nGhana's cocoa harvest fell short again, traders in Accra said on Monday."), blocks);
        await host.WaitForAsync("/api/search?q=tonnage", r => Total(r) == 0);
        await host.WaitForAsync("/api/search?q=cocoa", r => Total(r) == 1);

        await blob.DeleteAsync();
        await host.WaitForAsync("/api/search", r => Total(r) == 0);
        var status = await host.WaitForAsync("/api/status?path=reports%2Fharbour%20report.txt", s => s.GetProperty("state").GetString() == "deleted");
        Assert.Equal("reports/harbour report.txt", status.GetProperty("path").GetString());
    }

    [Fact]
    public async Task The_relay_passes_reads_listings_and_other_containers_through_unchanged()
    {
        await using var host = await PipelineHost.StartAsync(azurite, ListingOnceAnHour);
        var relayed = Relayed(host);
        var other = relayed.GetParentBlobServiceClient().GetBlobContainerClient($"other-{Guid.NewGuid():N}"[..20]);
        await other.CreateAsync();
        var content = new byte[3 * 1024 * 1024];
        Random.Shared.NextBytes(content);
        await other.GetBlobClient("a/b.bin").UploadAsync(new BinaryData(content));

        var direct = host.Incoming.GetParentBlobServiceClient().GetBlobContainerClient(other.Name).GetBlobClient("a/b.bin");
        Assert.Equal(content, (await direct.DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(content, (await other.GetBlobClient("a/b.bin").DownloadContentAsync()).Value.Content.ToArray());
        var names = new List<string>();
        await foreach (var item in other.GetBlobsAsync())
        {
            names.Add(item.Name);
        }

        Assert.Equal(["a/b.bin"], names);
        Assert.False(await other.GetBlobClient("missing").ExistsAsync());
        await other.DeleteAsync();
    }

    [Fact]
    public async Task A_file_written_straight_to_storage_is_still_found_by_the_listing()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        await Relayed(host).GetBlobClient("through-relay.txt").UploadAsync(BinaryData.FromString("Relay\nGranite quarries reopened."));
        await host.Incoming.GetBlobClient("direct.txt").UploadAsync(BinaryData.FromString("Direct\nBasalt quarries reopened."));

        await host.WaitForAsync("/api/search?q=quarries", r => Total(r) == 2);
        await host.Incoming.GetBlobClient("through-relay.txt").DeleteAsync();
        await host.WaitForAsync("/api/search?q=quarries", r => Total(r) == 1 && r.GetProperty("hits")[0].GetProperty("sourcePath").GetString() == "direct.txt");
    }

    /// <summary>The host's incoming container, reached through the relay on the host's own address.</summary>
    private BlobContainerClient Relayed(PipelineHost host)
    {
        var through = BlobEndpoint().Replace(azurite.ConnectionString, $"BlobEndpoint={host.Http.BaseAddress!.GetLeftPart(UriPartial.Authority)}/devstoreaccount1;");
        return new BlobContainerClient(through, host.Incoming.Name);
    }

    private static long Total(JsonElement response) => response.GetProperty("total").GetInt64();

    [GeneratedRegex("BlobEndpoint=[^;]+;")]
    private static partial Regex BlobEndpoint();
}
