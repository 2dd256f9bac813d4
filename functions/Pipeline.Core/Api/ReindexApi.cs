using Pipeline.Core.Ingestion;
using Pipeline.Core.Problems;

namespace Pipeline.Core.Api;

/// <summary>POST /api/admin/reindex starts a rebuild of the index from normalized/ (202); GET tells how far it got.</summary>
public sealed class ReindexApi(ReindexService reindex)
{
    public ApiResult Start() => new(202, reindex.Start(), "application/json; charset=utf-8");

    public ApiResult Progress() => reindex.Latest is { } latest
        ? ApiResult.Ok(latest)
        : ApiResult.Problem(ApiProblem.NotFound("No reindex has run since the host started."));
}
