namespace Pipeline.Core;

/// <summary>Opens a data file embedded in this assembly (gazetteer, topics, OpenAPI document) as text.</summary>
internal static class EmbeddedData
{
    public static StreamReader OpenText(string resourceName)
    {
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing.");
        return new StreamReader(stream);
    }
}
