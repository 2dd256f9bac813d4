using Pipeline.Core.Problems;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Api;

/// <summary>GET /api/failures?limit=&amp;continuation=: the dead letters, newest first, with their reasons and attempts.</summary>
public sealed class FailuresApi(StatusStore status)
{
    public async Task<ApiResult> ListAsync(string? limit, string? continuation, CancellationToken cancellationToken)
    {
        if (!ListLimit.TryParse(limit, out var size))
        {
            return ApiResult.Problem(ListLimit.Problem);
        }

        try
        {
            return ApiResult.Ok(await status.ListFailuresAsync(size, string.IsNullOrEmpty(continuation) ? null : continuation, cancellationToken));
        }
        catch (Azure.RequestFailedException e) when (e.Status == 400 && !string.IsNullOrEmpty(continuation))
        {
            return ApiResult.Problem(ApiProblem.BadParameter("continuation", "'continuation' is not a token this API returned."));
        }
    }
}
