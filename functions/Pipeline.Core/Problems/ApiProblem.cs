namespace Pipeline.Core.Problems;

/// <summary>An RFC 9457 problem+json body: what is wrong with a request, in words a caller can act on.</summary>
public sealed record ApiProblem(
    string Type,
    string Title,
    int Status,
    string Detail,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public const string ContentType = "application/problem+json";

    public static ApiProblem BadRequest(string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new("https://pipeline.dev/problems/bad-request", "The request is not valid", 400, detail, errors);

    /// <summary>A 400 about one parameter, named in <c>errors</c> so a client can point at the field.</summary>
    public static ApiProblem BadParameter(string parameter, string detail) =>
        BadRequest(detail, new Dictionary<string, string[]> { [parameter] = [detail] });

    public static ApiProblem NotFound(string detail) =>
        new("https://pipeline.dev/problems/not-found", "Not found", 404, detail);
}
