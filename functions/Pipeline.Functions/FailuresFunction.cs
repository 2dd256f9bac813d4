using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Api;

namespace Pipeline.Functions;

/// <summary>GET /api/failures?limit=&amp;continuation=: files that failed, newest first, with their reasons.</summary>
public sealed class FailuresFunction(FailuresApi api)
{
    [Function(nameof(FailuresFunction))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/failures")] HttpRequest request,
        CancellationToken cancellationToken) =>
        (await api.ListAsync(request.Query["limit"], request.Query["continuation"], cancellationToken)).ToActionResult();
}
