using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.LocalHost;

namespace Pipeline.IntegrationTests;

/// <summary>The real local host on a free port, with its own containers and index folder, against the shared Azurite.</summary>
internal sealed class PipelineHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string indexPath;

    private PipelineHost(WebApplication app, string indexPath, BlobContainerClient incoming, HttpClient http)
    {
        this.app = app;
        this.indexPath = indexPath;
        Incoming = incoming;
        Http = http;
    }

    public BlobContainerClient Incoming { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => app.Services;

    public string IndexPath => indexPath;

    public static async Task<PipelineHost> StartAsync(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..12];
        var indexPath = Path.Combine(Path.GetTempPath(), "pipeline-it", unique);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Pipeline:Storage:IncomingContainer"] = $"in-{unique}",
            ["Pipeline:Storage:NormalizedContainer"] = $"norm-{unique}",
            ["Pipeline:Storage:StatusContainer"] = $"status-{unique}",
            ["Pipeline:Storage:IndexQueue"] = $"index-{unique}",
            ["Pipeline:Index:Path"] = indexPath,
            ["Pipeline:LocalHost:StartAzurite"] = "false",
            ["Pipeline:LocalHost:SeedsPath"] = string.Empty,
            ["Pipeline:LocalHost:PollIntervalMs"] = "100",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddLocalPipeline();
        var app = builder.Build();
        app.MapLocalPipeline();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var incoming = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient($"in-{unique}");
        return new PipelineHost(app, indexPath, incoming, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async Task<JsonElement> GetJsonAsync(string pathAndQuery)
    {
        using var response = await Http.GetAsync(pathAndQuery);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls until the condition holds, as a user refreshing a page would; fails with the last answer seen.</summary>
    public async Task<JsonElement> WaitForAsync(string pathAndQuery, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        string last;
        do
        {
            using var response = await Http.GetAsync(pathAndQuery);
            var body = await response.Content.ReadAsStringAsync();
            last = $"{(int)response.StatusCode} {body}";

            // 404 from /api/status means "not seen yet": keep waiting, as for any unmet condition.
            if (response.IsSuccessStatusCode && JsonDocument.Parse(body).RootElement is var json && condition(json))
            {
                return json;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"GET {pathAndQuery} never met the condition; last answer: {last}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }
}
