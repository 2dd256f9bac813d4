using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using Pipeline.Core.Configuration;
using Pipeline.Core.Enrichment;
using Pipeline.Core.Events;
using Pipeline.Core.Ingestion;
using Pipeline.Core.Normalization;
using Pipeline.Core.Problems;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Tests.Events;

public sealed class BlobEventsHandlerTests
{
    private static readonly Lazy<Enricher> SharedEnricher = new(Enricher.CreateDefault);
    private readonly RecordingStorage storage = new();
    private readonly BlobEventsHandler handler;

    public BlobEventsHandlerTests()
    {
        var options = Options.Create(new StorageOptions());
        var containers = new PipelineContainers(storage.Blobs, storage.Queues, options);
        var ingestion = new IngestionService(
            new DocumentNormalizer(new NormalizationOptions()),
            SharedEnricher.Value,
            containers,
            new NormalizedStore(containers),
            new StatusStore(containers, TimeProvider.System),
            storage,
            new StorageRetryPipeline(Options.Create(new IngestionOptions()), NullLogger<StorageRetryPipeline>.Instance),
            Options.Create(new NormalizationOptions()),
            TimeProvider.System,
            NullLogger<IngestionService>.Instance);
        handler = new BlobEventsHandler(ingestion, options, NullLogger<BlobEventsHandler>.Instance);
    }

    [Fact]
    public async Task Subscription_handshake_echoes_the_validation_code_and_deletes_nothing()
    {
        var result = await HandleAsync("""
            [{"id":"v1","topic":"/subscriptions/x","subject":"","eventType":"Microsoft.EventGrid.SubscriptionValidationEvent",
              "eventTime":"2026-11-28T12:00:00Z","dataVersion":"2","metadataVersion":"1",
              "data":{"validationCode":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6","validationUrl":"https://rp-eastus2.eventgrid.azure.net/x"}}]
            """);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("""{"validationResponse":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6"}""", PipelineJson.Serialize(result.Body));
        Assert.Empty(storage.Sent);
    }

    [Theory]
    [InlineData("reports/annual report 2026.html", "reports/annual%20report%202026.html")]
    [InlineData("türkiye/İstanbul – güncel.txt", "t%C3%BCrkiye/%C4%B0stanbul%20%E2%80%93%20g%C3%BCncel.txt")]
    [InlineData("a+b%20literal.txt", "a%2Bb%2520literal.txt")]
    public async Task Deleted_blob_in_incoming_is_removed_by_its_exact_name(string name, string escaped)
    {
        var result = await HandleAsync(Deleted("incoming", name, $"https://account.blob.core.windows.net/incoming/{escaped}"));

        Assert.Equal(200, result.StatusCode);
        var request = Assert.Single(storage.Sent);
        Assert.Equal(IndexOperation.Delete, request.Operation);
        Assert.Equal(name, request.SourcePath);
        Assert.Equal(DocumentIds.FromPath(name), request.Id);
        Assert.Contains($"DELETE /normalized/{request.Id}.json", storage.Requests);
        Assert.Equal([name], ((BlobEventsOutcome)result.Body).Deleted);
    }

    [Fact]
    public async Task Emulator_path_style_url_names_the_same_blob()
    {
        await HandleAsync(Deleted("incoming", "a b.txt", "http://127.0.0.1:10000/devstoreaccount1/incoming/a%20b.txt"));

        Assert.Equal("a b.txt", Assert.Single(storage.Sent).SourcePath);
    }

    [Fact]
    public async Task Without_a_url_the_subject_names_the_blob()
    {
        var result = await HandleAsync(Deleted("incoming", "news/caf%C3%A9.txt", url: null));

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("news/café.txt", Assert.Single(storage.Sent).SourcePath);
    }

    [Fact]
    public async Task Events_for_other_containers_and_other_types_are_ignored()
    {
        const string created = """
            {"id":"c1","subject":"/blobServices/default/containers/incoming/blobs/z.txt","eventType":"Microsoft.Storage.BlobCreated",
             "eventTime":"2026-11-28T12:00:00Z","dataVersion":"","data":{"api":"PutBlob","url":"https://account.blob.core.windows.net/incoming/z.txt"}}
            """;
        var result = await HandleAsync(
            "[" + Deleted("normalized", "x.json", "https://account.blob.core.windows.net/normalized/x.json")[1..^1]
            + "," + Deleted("incoming-archive", "y.txt", "https://account.blob.core.windows.net/incoming-archive/y.txt")[1..^1]
            + "," + created + "]");

        Assert.Equal(200, result.StatusCode);
        Assert.Empty(storage.Sent);
        Assert.Empty(storage.Requests);
        Assert.Equal(3, ((BlobEventsOutcome)result.Body).Ignored);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[{\"id\":\"1\",")]
    [InlineData("{\"id\":\"1\"}")]
    [InlineData("[{\"id\":\"1\",\"eventType\":\"Microsoft.Storage.BlobDeleted\"}]")]
    [InlineData("[{\"id\":\"1\",\"subject\":\"/elsewhere\",\"eventType\":\"Microsoft.Storage.BlobDeleted\",\"eventTime\":\"2026-11-28T12:00:00Z\",\"dataVersion\":\"\",\"data\":{}}]")]
    [InlineData("[{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"Microsoft.Storage.BlobDeleted\",\"eventTime\":\"2026-11-28T12:00:00Z\",\"dataVersion\":\"\",\"data\":{\"url\":\"not a url\"}}]")]
    [InlineData("[{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"Microsoft.EventGrid.SubscriptionValidationEvent\",\"eventTime\":\"2026-11-28T12:00:00Z\",\"dataVersion\":\"\",\"data\":{}}]")]
    public async Task Malformed_delivery_is_a_400_problem_and_deletes_nothing(string body)
    {
        var result = await HandleAsync(body);

        Assert.Equal(400, result.StatusCode);
        Assert.Equal(ApiProblem.ContentType, result.ContentType);
        Assert.False(string.IsNullOrWhiteSpace(((ApiProblem)result.Body).Detail));
        Assert.Empty(storage.Sent);
    }

    [Fact]
    public async Task A_body_larger_than_event_grid_sends_is_refused()
    {
        var result = await HandleAsync("[" + new string(' ', BlobEventsHandler.MaxBodyBytes) + "]");

        Assert.Equal(400, result.StatusCode);
        Assert.Contains("larger than", ((ApiProblem)result.Body).Detail, StringComparison.Ordinal);
    }

    private static string Deleted(string container, string subjectName, string? url)
    {
        var data = new JObject { ["api"] = "DeleteBlob", ["blobType"] = "BlockBlob" };
        if (url is not null)
        {
            data["url"] = url;
        }

        return new JArray(new JObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["topic"] = "/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/account",
            ["subject"] = $"/blobServices/default/containers/{container}/blobs/{subjectName}",
            ["eventType"] = "Microsoft.Storage.BlobDeleted",
            ["eventTime"] = "2026-11-28T12:00:00Z",
            ["dataVersion"] = "",
            ["metadataVersion"] = "1",
            ["data"] = data,
        }).ToString(Newtonsoft.Json.Formatting.None);
    }

    private Task<ApiResult> HandleAsync(string body) =>
        handler.HandleAsync(new MemoryStream(Encoding.UTF8.GetBytes(body)), CancellationToken.None);
}
