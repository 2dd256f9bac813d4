using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Api;

namespace Pipeline.Functions;

/// <summary>POST /api/admin/reindex: rebuild the index from normalized/ in the background, search staying up (202 with progress).</summary>
public sealed class ReindexFunction(ReindexApi api)
{
    [Function(nameof(ReindexFunction))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/admin/reindex")] HttpRequest request) =>
        api.Start().ToActionResult();
}
