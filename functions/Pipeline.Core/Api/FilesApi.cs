using System.Globalization;
using Microsoft.Extensions.Primitives;
using Pipeline.Core.Problems;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Api;

/// <summary>GET /api/files?limit=: the most recently updated files and what became of each, newest first.</summary>
public sealed class FilesApi(StatusListing listing)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public async Task<ApiResult> RecentAsync(IEnumerable<KeyValuePair<string, StringValues>> query, CancellationToken cancellationToken)
    {
        var limit = DefaultLimit;
        foreach (var (name, values) in query)
        {
            if (!string.Equals(name, "limit", StringComparison.OrdinalIgnoreCase))
            {
                return Bad(name, $"Unknown parameter '{name}'. Known parameters: limit.");
            }

            if (values.Count != 1 || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit)
            {
                return Bad("limit", $"'limit' must be one whole number from 1 to {MaxLimit}.");
            }
        }

        var items = await listing.RecentAsync(limit, cancellationToken);
        return ApiResult.Ok(new FileListing(items));
    }

    private static ApiResult Bad(string name, string detail) =>
        ApiResult.Problem(ApiProblem.BadRequest(detail, new Dictionary<string, string[]> { [name] = [detail] }));
}
