using Microsoft.Extensions.Primitives;
using Pipeline.Core.Problems;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Api;

/// <summary>GET /api/files?limit=: the most recently updated files and what became of each, newest first.</summary>
public sealed class FilesApi(StatusListing listing)
{
    public async Task<ApiResult> RecentAsync(IEnumerable<KeyValuePair<string, StringValues>> query, CancellationToken cancellationToken)
    {
        var limit = ListLimit.Default;
        foreach (var (name, values) in query)
        {
            if (!string.Equals(name, "limit", StringComparison.OrdinalIgnoreCase))
            {
                return ApiResult.Problem(ApiProblem.BadParameter(name, $"Unknown parameter '{name}'. Known parameters: limit."));
            }

            if (values.Count != 1 || !ListLimit.TryParse(values[0], out limit))
            {
                return ApiResult.Problem(ListLimit.Problem);
            }
        }

        var items = await listing.RecentAsync(limit, cancellationToken);
        return ApiResult.Ok(new FileListing(items));
    }
}
