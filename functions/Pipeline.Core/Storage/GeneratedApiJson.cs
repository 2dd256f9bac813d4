using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Core.Search;

namespace Pipeline.Core.Storage;

/// <summary>
/// The API's most frequent answer, a search response, written by System.Text.Json's generated code in the pipeline's JSON
/// dialect (camelCase, nulls written, marks left as they are): Newtonsoft's reflection writer was a twentieth of a search
/// request's time over HTTP.
/// </summary>
internal static class GeneratedApiJson
{
    private static readonly ApiJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

        // As Newtonsoft writes: the snippets' <mark> stays readable; the answer is JSON, never inlined in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static bool TryWrite(object? value, [NotNullWhen(true)] out string? json)
    {
        json = value is SearchResponse response ? JsonSerializer.Serialize(response, Context.SearchResponse) : null;
        return json is not null;
    }
}

[JsonSerializable(typeof(SearchResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
