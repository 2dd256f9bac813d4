using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Core.Indexing.Snapshots;
using Pipeline.Core.Ingestion;
using Pipeline.Core.Problems;

namespace Pipeline.Core.Api;

/// <summary>POST /api/admin/reindex starts a rebuild of the index from normalized/ (202); GET tells how far it got.</summary>
public sealed class ReindexApi(IServiceProvider services, IOptions<IndexReplicationOptions> options)
{
    private const string ConflictType = "https://pipeline.dev/problems/not-the-writer";

    public ApiResult Start() => Writer(out var reindex) is { } problem
        ? ApiResult.Problem(problem)
        : new(202, reindex!.Start(), "application/json; charset=utf-8");

    public ApiResult Progress() => Writer(out var reindex) is { } problem
        ? ApiResult.Problem(problem)
        : reindex!.Latest is { } latest
            ? ApiResult.Ok(latest)
            : ApiResult.Problem(ApiProblem.NotFound("No reindex has run since the host started."));

    // Resolved on use: a Searcher has no index writer, and an on-demand one must first take the write lock.
    private ApiProblem? Writer(out ReindexService? reindex)
    {
        reindex = null;
        if (options.Value.Role == IndexRole.Searcher)
        {
            return Conflict("This instance is a search-only replica (Pipeline:Index:Role = Searcher): start the reindex on the writer.");
        }

        try
        {
            reindex = services.GetRequiredService<ReindexService>();
            return null;
        }
        catch (IndexWriterUnavailableException e)
        {
            return Conflict($"Another instance is the index writer ({e.Message}).");
        }
    }

    private static ApiProblem Conflict(string detail) => new(ConflictType, "This instance does not write the index", 409, detail);
}
