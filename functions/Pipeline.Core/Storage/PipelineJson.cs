using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Pipeline.Core.Storage;

/// <summary>The one JSON dialect the pipeline writes and reads back (camelCase, ISO dates, bounded depth).</summary>
public static class PipelineJson
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        DateParseHandling = DateParseHandling.DateTimeOffset,
        DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind,
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = 32,
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()) },
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    public static string Serialize<T>(T value) =>
        GeneratedApiJson.TryWrite(value, out var json) ? json : JsonConvert.SerializeObject(value, Settings);

    public static byte[] SerializeToUtf8<T>(T value) => Encoding.UTF8.GetBytes(Serialize(value));

    public static T Deserialize<T>(string json) =>
        JsonConvert.DeserializeObject<T>(json, Settings) ?? throw new JsonSerializationException($"JSON for {typeof(T).Name} was null");

    public static T Deserialize<T>(Stream utf8)
    {
        using var reader = new StreamReader(utf8, Encoding.UTF8);
        using var json = new JsonTextReader(reader) { MaxDepth = Settings.MaxDepth };
        return Serializer.Deserialize<T>(json) ?? throw new JsonSerializationException($"JSON for {typeof(T).Name} was null");
    }
}
