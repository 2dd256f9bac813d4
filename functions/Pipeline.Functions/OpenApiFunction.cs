using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Api;

namespace Pipeline.Functions;

/// <summary>GET /api/openapi.json: the OpenAPI 3 description of every route.</summary>
public sealed class OpenApiFunction(OpenApiDocument document)
{
    [Function(nameof(OpenApiFunction))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/openapi.json")] HttpRequest request) =>
        document.Get().ToActionResult();
}
