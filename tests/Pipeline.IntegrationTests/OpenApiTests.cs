using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.OpenApi.Readers;
using Pipeline.Functions;

namespace Pipeline.IntegrationTests;

/// <summary>The served OpenAPI document is valid and describes every HTTP route the functions expose, with its methods.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OpenApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_document_is_valid_OpenAPI_3_and_covers_every_api_route()
    {
        await using var host = await PipelineHost.StartAsync(azurite);

        using var response = await host.Http.GetAsync("/api/openapi.json");
        response.EnsureSuccessStatusCode();
        var document = new OpenApiStringReader().Read(await response.Content.ReadAsStringAsync(), out var diagnostic);

        Assert.Empty(diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Equal(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0, diagnostic.SpecificationVersion);
        var routes = HttpRoutes().ToList();
        Assert.NotEmpty(routes);
        foreach (var (route, methods) in routes)
        {
            Assert.True(document.Paths.TryGetValue(route, out var path), $"{route} is not in the OpenAPI document");
            foreach (var method in methods)
            {
                Assert.Contains(path.Operations.Keys, op => string.Equals(op.ToString(), method, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    private static IEnumerable<(string Route, string[] Methods)> HttpRoutes() =>
        from type in FunctionsServiceCollectionExtensions.FunctionTypes
        from method in type.GetMethods()
        from parameter in method.GetParameters()
        let trigger = parameter.GetCustomAttribute<HttpTriggerAttribute>()
        where trigger?.Route is not null && trigger.Route.StartsWith("api/", StringComparison.Ordinal)
        select ("/" + trigger.Route, trigger.Methods ?? ["get"]);
}
