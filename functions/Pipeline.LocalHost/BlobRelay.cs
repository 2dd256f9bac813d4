using System.Net;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Pipeline.Core.Storage;
using Yarp.ReverseProxy.Forwarder;

namespace Pipeline.LocalHost;

/// <summary>
/// Azurite's blob endpoint, relayed under the host's own address (http://127.0.0.1:7071/devstoreaccount1): a client that writes
/// through it has its incoming/ blob looked at at once instead of at the next listing, which Azurite, having no events,
/// answers in time proportional to the container's size. Everything else passes through unchanged.
/// </summary>
internal static class BlobRelay
{
    public static IEndpointRouteBuilder MapBlobRelay(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var blobs = services.GetRequiredService<BlobServiceClient>().Uri;
        var account = blobs.AbsolutePath.Trim('/');

        // Only a local emulator's path-style endpoint: Azure Storage has events, and its account is in the host name.
        if (!services.GetRequiredService<IOptions<LocalHostOptions>>().Value.BlobRelay || !blobs.IsLoopback || account.Length == 0 || account.Contains('/'))
        {
            return endpoints;
        }

        var target = blobs.GetLeftPart(UriPartial.Authority);
        var incoming = services.GetRequiredService<PipelineContainers>().Incoming.Name;
        var changes = services.GetRequiredService<IncomingChanges>();
        var forwarder = services.GetRequiredService<IHttpForwarder>();
        var client = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ActivityHeadersPropagator = null,
        });
        var prefix = $"/{account}/{incoming}/";

        endpoints.Map($"/{account}/{{**rest}}", async context =>
        {
            // Blobs may be larger than Kestrel's default request limit; the pipeline's own MaxBlobBytes judges them.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = null;
            }

            var error = await forwarder.SendAsync(context, target, client, ForwarderRequestConfig.Empty, HttpTransformer.Empty);
            if (error == ForwarderError.None && IsWrite(context) && BlobName(context, prefix) is { } name)
            {
                var etag = context.Response.Headers.ETag.ToString();
                changes.Notify(name, HttpMethods.IsPut(context.Request.Method) && etag.Length > 0 ? BlobETag.Text(etag) : null);
            }
        });
        return endpoints;
    }

    private static bool IsWrite(HttpContext context) =>
        (HttpMethods.IsPut(context.Request.Method) || HttpMethods.IsDelete(context.Request.Method))
        && context.Response.StatusCode is >= 200 and < 300;

    /// <summary>The blob name in incoming/ a request addressed, from the raw target so escaped characters survive.</summary>
    private static string? BlobName(HttpContext context, string prefix)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
        var path = target.Split('?', 2)[0];
        return path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length
            ? Uri.UnescapeDataString(path[prefix.Length..])
            : null;
    }
}
