using System.Text.Json;
using System.Text.Json.Serialization;
namespace Pipeline.Core.Indexing;

/// <summary>
/// Reads a document's stored metadata (written in the pipeline's camelCase JSON) with System.Text.Json's generated reader:
/// every hit of every page needs one, and the reflection-based reader was a twentieth of a broad query's time.
/// </summary>
internal static class HitMetadataReader
{
    public static HitMetadata Read(string json) =>
        JsonSerializer.Deserialize(json, HitMetadataJson.Default.HitMetadata) ?? throw new JsonException("Stored hit metadata was null.");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HitMetadata))]
internal sealed partial class HitMetadataJson : JsonSerializerContext;
