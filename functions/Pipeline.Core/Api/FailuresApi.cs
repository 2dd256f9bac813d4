using System.Globalization;
using Pipeline.Core.Problems;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Api;

/// <summary>GET /api/failures?limit=&amp;continuation=: the dead letters, newest first, with their reasons and attempts.</summary>
public sealed class FailuresApi(StatusStore status)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public async Task<ApiResult> ListAsync(string? limit, string? continuation, CancellationToken cancellationToken)
    {
        var size = DefaultLimit;
        if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            var detail = $"'limit' must be a whole number from 1 to {MaxLimit}.";
            return ApiResult.Problem(ApiProblem.BadRequest(detail, new Dictionary<string, string[]> { ["limit"] = [detail] }));
        }

        try
        {
            return ApiResult.Ok(await status.ListFailuresAsync(size, string.IsNullOrEmpty(continuation) ? null : continuation, cancellationToken));
        }
        catch (Azure.RequestFailedException e) when (e.Status == 400 && !string.IsNullOrEmpty(continuation))
        {
            const string detail = "'continuation' is not a token this API returned.";
            return ApiResult.Problem(ApiProblem.BadRequest(detail, new Dictionary<string, string[]> { ["continuation"] = [detail] }));
        }
    }
}
