using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Events;

namespace Pipeline.Functions;

/// <summary>POST /api/events/blobs: Event Grid's BlobDeleted events for incoming/ (BlobCreated goes to the blob trigger's webhook).</summary>
public sealed class BlobEventsFunction(BlobEventsHandler handler)
{
    [Function(nameof(BlobEventsFunction))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/events/blobs")] HttpRequest request,
        CancellationToken cancellationToken) =>
        (await handler.HandleAsync(request.Body, cancellationToken)).ToActionResult();
}
