using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Api;

namespace Pipeline.Functions;

/// <summary>GET /api/status?path=: what became of one uploaded file.</summary>
public sealed class StatusFunction(DocumentsApi api)
{
    [Function(nameof(StatusFunction))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/status")] HttpRequest request,
        CancellationToken cancellationToken) =>
        (await api.GetStatusAsync(request.Query["path"], cancellationToken)).ToActionResult();
}
