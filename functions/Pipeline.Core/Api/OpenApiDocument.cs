using Newtonsoft.Json.Linq;
using Pipeline.Core.Problems;

namespace Pipeline.Core.Api;

/// <summary>GET /api/openapi.json: the API's OpenAPI 3 description, written by hand and checked against the routes by a test.</summary>
public sealed class OpenApiDocument
{
    private const string ResourceName = "Pipeline.Core.Api.Data.openapi.json";
    private readonly JObject document = Load();

    public ApiResult Get() => ApiResult.Ok(document);

    private static JObject Load()
    {
        using var reader = EmbeddedData.OpenText(ResourceName);
        return JObject.Parse(reader.ReadToEnd());
    }
}
