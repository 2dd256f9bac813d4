using System.Text.Json;

namespace Pipeline.IntegrationTests;

/// <summary>The functions.metadata the Functions SDK writes at build is what Azure indexes: every trigger and binding is as designed.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Functions = new(Load);

    [Fact]
    public void NormalizeFunction_is_a_blob_trigger_on_incoming_fed_by_Event_Grid()
    {
        var trigger = Trigger("NormalizeFunction", "blobTrigger");

        Assert.Equal("%Pipeline:Storage:IncomingContainer%/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("AzureWebJobsStorage", trigger.GetProperty("connection").GetString());
        Assert.Equal("In", trigger.GetProperty("direction").GetString());
    }

    [Fact]
    public void IndexFunction_is_a_queue_trigger_on_the_index_queue()
    {
        var trigger = Trigger("IndexFunction", "queueTrigger");

        Assert.Equal("%Pipeline:Storage:IndexQueue%", trigger.GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", trigger.GetProperty("connection").GetString());
    }

    [Theory]
    [InlineData("SearchFunction", "api/search", "get", "Anonymous")]
    [InlineData("DocumentFunction", "api/documents/{id}", "get", "Anonymous")]
    [InlineData("StatusFunction", "api/status", "get", "Anonymous")]
    [InlineData("OpenApiFunction", "api/openapi.json", "get", "Anonymous")]
    [InlineData("BlobEventsFunction", "api/events/blobs", "post", "Function")]
    [InlineData("FilesFunction", "api/files", "get", "Anonymous")]
    [InlineData("FailuresFunction", "api/failures", "get", "Anonymous")]
    [InlineData("ReindexFunction", "api/admin/reindex", "post", "Function")]
    [InlineData("ReindexProgressFunction", "api/admin/reindex", "get", "Function")]
    [InlineData("PageFunction", Pipeline.Core.Web.StaticSite.Route, "get", "Anonymous")]
    public void Http_function_has_its_route_method_and_auth_level(string function, string route, string method, string authLevel)
    {
        var trigger = Trigger(function, "httpTrigger");

        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
        Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString());
        Assert.Contains(Functions.Value[function].GetProperty("bindings").EnumerateArray(),
            b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "Out");
    }

    [Fact]
    public void Every_function_is_covered_and_has_exactly_one_trigger()
    {
        Assert.Equal(
            [
                "BlobEventsFunction", "DocumentFunction", "FailuresFunction", "FilesFunction", "IndexFunction", "NormalizeFunction",
                "OpenApiFunction", "PageFunction", "ReindexFunction", "ReindexProgressFunction", "SearchFunction", "StatusFunction",
            ],
            Functions.Value.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, function) in Functions.Value)
        {
            Assert.Single(function.GetProperty("bindings").EnumerateArray(),
                b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            Assert.Equal("Pipeline.Functions.dll", function.GetProperty("scriptFile").GetString());
            Assert.StartsWith($"Pipeline.Functions.{name}.", function.GetProperty("entryPoint").GetString(), StringComparison.Ordinal);
        }
    }

    private static JsonElement Trigger(string function, string type)
    {
        Assert.True(Functions.Value.TryGetValue(function, out var metadata), $"{function} is not in functions.metadata");
        return Assert.Single(metadata.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == type);
    }

    private static Dictionary<string, JsonElement> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Locate()));
        return document.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
    }

    /// <summary>The Functions project's own build output, for this test run's configuration and target framework.</summary>
    private static string Locate()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var copied = Path.Combine(output.FullName, "functions.metadata");
        if (File.Exists(copied))
        {
            return copied;
        }

        var framework = output.Name;
        var configuration = output.Parent!.Name;
        for (var folder = output; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "functions", "Pipeline.Functions", "bin", configuration, framework, "functions.metadata");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No functions.metadata for {configuration}/{framework}: build functions/Pipeline.Functions first.");
    }
}
