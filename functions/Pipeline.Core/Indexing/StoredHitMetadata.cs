using System.Text.Json;
using System.Text.Json.Serialization;
namespace Pipeline.Core.Indexing;

/// <summary>
/// A document's stored metadata as camelCase JSON, written and read with System.Text.Json's generated code: every hit of
/// every page reads one and every indexed document writes one, and the reflection-based serializers were a twentieth of a
/// broad query's time and over a hundredth of the index build's. Metadata written before by the pipeline's Newtonsoft
/// dialect reads the same.
/// </summary>
public static class StoredHitMetadata
{
    public static string Write(HitMetadata metadata) => JsonSerializer.Serialize(metadata, HitMetadataJson.Default.HitMetadata);

    public static HitMetadata Read(string json) =>
        JsonSerializer.Deserialize(json, HitMetadataJson.Default.HitMetadata) ?? throw new JsonException("Stored hit metadata was null.");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HitMetadata))]
internal sealed partial class HitMetadataJson : JsonSerializerContext;
