using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Api;

namespace Pipeline.Functions;

/// <summary>GET /api/documents/{id}: the normalised document with its enrichment evidence.</summary>
public sealed class DocumentFunction(DocumentsApi api)
{
    [Function(nameof(DocumentFunction))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/documents/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        (await api.GetDocumentAsync(id, cancellationToken)).ToActionResult();
}
