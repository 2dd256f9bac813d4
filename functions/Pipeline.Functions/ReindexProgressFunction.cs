using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Api;

namespace Pipeline.Functions;

/// <summary>GET /api/admin/reindex: how far the running or last reindex got.</summary>
public sealed class ReindexProgressFunction(ReindexApi api)
{
    [Function(nameof(ReindexProgressFunction))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/admin/reindex")] HttpRequest request) =>
        api.Progress().ToActionResult();
}
