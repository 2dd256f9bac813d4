using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Api;

namespace Pipeline.Functions;

/// <summary>GET /api/files?limit=: recently updated files and what became of each, newest first.</summary>
public sealed class FilesFunction(FilesApi api)
{
    [Function(nameof(FilesFunction))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/files")] HttpRequest request,
        CancellationToken cancellationToken) =>
        (await api.RecentAsync(request.Query, cancellationToken)).ToActionResult();
}
