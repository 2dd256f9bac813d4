using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Core.Indexing.Snapshots;
using Pipeline.Core.Ingestion;
using Pipeline.Core.Problems;

namespace Pipeline.Core.Api;

/// <summary>POST /api/admin/reindex starts a rebuild of the index from normalized/ (202); GET tells how far it got.</summary>
public sealed class ReindexApi(IServiceProvider services, IOptions<IndexReplicationOptions> options)
{
    private static readonly ApiProblem SearchOnly = new(
        "https://pipeline.dev/problems/search-only",
        "This instance does not write the index",
        409,
        "This instance is a search-only replica (Pipeline:Index:Role = Searcher): start the reindex on the writer.");

    public ApiResult Start() => Reindex is { } reindex
        ? new(202, reindex.Start(), "application/json; charset=utf-8")
        : ApiResult.Problem(SearchOnly);

    public ApiResult Progress() => Reindex is not { } reindex
        ? ApiResult.Problem(SearchOnly)
        : reindex.Latest is { } latest
            ? ApiResult.Ok(latest)
            : ApiResult.Problem(ApiProblem.NotFound("No reindex has run since the host started."));

    // Resolved on use: a Searcher has no index writer, so no ReindexService can be built there.
    private ReindexService? Reindex => options.Value.Role == IndexRole.Searcher ? null : services.GetRequiredService<ReindexService>();
}
