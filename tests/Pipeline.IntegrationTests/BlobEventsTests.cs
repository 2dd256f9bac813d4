using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.IntegrationTests;

/// <summary>POST /api/events/blobs over real HTTP: Event Grid's handshake, and a BlobDeleted event removing a searchable file.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobEventsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_subscription_handshake_is_answered_with_its_code()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var handshake = new JsonArray(new JsonObject
        {
            ["id"] = "v1",
            ["topic"] = "/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/a",
            ["subject"] = string.Empty,
            ["eventType"] = "Microsoft.EventGrid.SubscriptionValidationEvent",
            ["eventTime"] = "2026-11-28T12:00:00Z",
            ["dataVersion"] = "2",
            ["data"] = new JsonObject { ["validationCode"] = "0f3c2e6a-4b1d-4f8e-9a57-3d2c1b0a9e8f" },
        });

        using var response = await PostAsync(host, handshake.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("0f3c2e6a-4b1d-4f8e-9a57-3d2c1b0a9e8f", body.GetProperty("validationResponse").GetString());
    }

    [Fact]
    public async Task A_BlobDeleted_event_removes_a_searchable_file_whose_name_has_spaces_and_accents()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        const string name = "reports/Türkiye grain – déjà vu.txt";
        var blob = host.Incoming.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromString("Grain corridor\nInspectors in Istanbul cleared the quinquereme convoy."));
        await host.WaitForAsync("/api/search?q=quinquereme", r => r.GetProperty("total").GetInt64() == 1);

        // As Azure would: the blob goes, then Event Grid posts BlobDeleted with the blob's percent-encoded URL.
        await blob.DeleteAsync();
        using var response = await PostAsync(host, Deleted(host.Incoming.Name, name, blob.Uri));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal([name], outcome.GetProperty("deleted").EnumerateArray().Select(p => p.GetString()));
        await host.WaitForAsync("/api/search?q=quinquereme", r => r.GetProperty("total").GetInt64() == 0);
        var status = await host.WaitForAsync($"/api/status?path={Uri.EscapeDataString(name)}", s => s.GetProperty("state").GetString() == "deleted");
        Assert.Equal(name, status.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_malformed_delivery_answers_400_with_a_problem()
    {
        await using var host = await PipelineHost.StartAsync(azurite);

        foreach (var body in new[] { "{", "not json", """[{"id":"1","eventType":"Microsoft.Storage.BlobDeleted"}]""" })
        {
            using var response = await PostAsync(host, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), body);
        }
    }

    private static string Deleted(string container, string name, Uri url) => new JsonArray(new JsonObject
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["topic"] = "/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/devstoreaccount1",
        ["subject"] = $"/blobServices/default/containers/{container}/blobs/{name}",
        ["eventType"] = "Microsoft.Storage.BlobDeleted",
        ["eventTime"] = DateTimeOffset.UtcNow.ToString("O"),
        ["dataVersion"] = string.Empty,
        ["metadataVersion"] = "1",
        ["data"] = new JsonObject { ["api"] = "DeleteBlob", ["blobType"] = "BlockBlob", ["url"] = url.AbsoluteUri },
    }).ToJsonString();

    private static Task<HttpResponseMessage> PostAsync(PipelineHost host, string body) =>
        host.Http.PostAsync("/api/events/blobs", new StringContent(body, Encoding.UTF8, "application/json"));
}
