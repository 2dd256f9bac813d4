using Pipeline.Core.Problems;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Api;

/// <summary>GET /api/documents/{id} and GET /api/status?path=: the normalised document, and what became of a file.</summary>
public sealed class DocumentsApi(NormalizedStore normalized, StatusStore status)
{
    public async Task<ApiResult> GetDocumentAsync(string id, CancellationToken cancellationToken)
    {
        if (!DocumentIds.IsValid(id))
        {
            return ApiResult.Problem(ApiProblem.BadRequest($"'{id}' is not a document id (16 lowercase hex digits)."));
        }

        var document = await normalized.ReadAsync(id, cancellationToken);
        return document is null
            ? ApiResult.Problem(ApiProblem.NotFound($"No document has id '{id}'."))
            : ApiResult.Ok(document);
    }

    public async Task<ApiResult> GetStatusAsync(string? path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return ApiResult.Problem(ApiProblem.BadRequest("'path' is required: the blob name within the incoming container."));
        }

        var record = await status.GetAsync(DocumentIds.FromPath(path), cancellationToken);
        return record is null
            ? ApiResult.Problem(ApiProblem.NotFound($"Nothing is known of '{path}'; it has not been uploaded or not yet seen."))
            : ApiResult.Ok(record);
    }
}
