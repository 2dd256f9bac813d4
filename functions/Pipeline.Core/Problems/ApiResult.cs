namespace Pipeline.Core.Problems;

/// <summary>An HTTP answer from Core, independent of any hosting framework: a status and a JSON body.</summary>
public sealed record ApiResult(int StatusCode, object Body, string ContentType)
{
    public static ApiResult Ok(object body) => new(200, body, "application/json; charset=utf-8");

    public static ApiResult Problem(ApiProblem problem) => new(problem.Status, problem, ApiProblem.ContentType);
}
