using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Api;

namespace Pipeline.Functions;

/// <summary>GET /api/search: full-text search with country and topic facets.</summary>
public sealed class SearchFunction(SearchApi api)
{
    [Function(nameof(SearchFunction))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/search")] HttpRequest request) =>
        api.Search(request.Query).ToActionResult();
}
