using Microsoft.AspNetCore.Mvc;
using Pipeline.Core.Problems;
using Pipeline.Core.Storage;

namespace Pipeline.Functions;

internal static class ApiResultExtensions
{
    /// <summary>Writes Core's answer with the pipeline's own JSON settings, so every route speaks one dialect.</summary>
    public static IActionResult ToActionResult(this ApiResult result) => new ContentResult
    {
        StatusCode = result.StatusCode,
        ContentType = result.ContentType,
        Content = PipelineJson.Serialize(result.Body),
    };
}
