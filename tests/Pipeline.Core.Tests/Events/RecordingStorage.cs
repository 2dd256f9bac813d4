using System.Net;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Pipeline.Core.Ingestion;

namespace Pipeline.Core.Tests.Events;

/// <summary>Storage clients whose requests are recorded and answered 202, and an index sink that records what it is sent.</summary>
internal sealed class RecordingStorage : HttpMessageHandler, IIndexRequestSink
{
    private const string Account = "https://account.blob.core.windows.net";

    public List<string> Requests { get; } = [];

    public List<IndexRequest> Sent { get; } = [];

    public BlobServiceClient Blobs => new(new Uri(Account), new BlobClientOptions { Transport = new HttpClientTransport(new HttpClient(this)) });

    public QueueServiceClient Queues => new(new Uri("https://account.queue.core.windows.net"), new QueueClientOptions { Transport = new HttpClientTransport(new HttpClient(this)) });

    public Task SendAsync(IndexRequest request, CancellationToken cancellationToken)
    {
        Sent.Add(request);
        return Task.CompletedTask;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");

        // A deleted blob no longer exists: HEAD answers 404, everything else succeeds.
        if (request.Method == HttpMethod.Head)
        {
            var missing = new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
            missing.Headers.Add("x-ms-error-code", "BlobNotFound");
            return Task.FromResult(missing);
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted) { RequestMessage = request });
    }
}
