using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pipeline.IntegrationTests.Snapshots;

/// <summary>A Searcher-role local host over real HTTP: it searches, and refuses to write with a problem, not a 500.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SearcherRoleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_searcher_answers_searches_and_refuses_a_reindex_with_a_conflict_problem()
    {
        await using var host = await PipelineHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Pipeline:Index:Role"] = "Searcher",
            ["Pipeline:Index:SnapshotContainer"] = $"index-{Guid.NewGuid():N}"[..24],
        });

        var search = await host.GetJsonAsync("/api/search?q=anything");
        Assert.Equal(0, search.GetProperty("total").GetInt64());

        using var start = await host.Http.PostAsync(new Uri("/api/admin/reindex", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, start.StatusCode);
        Assert.Equal("application/problem+json", start.Content.Headers.ContentType?.MediaType);
        var problem = await start.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Searcher", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_role_stops_the_host_at_start()
    {
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await PipelineHost.StartAsync(azurite, new Dictionary<string, string?> { ["Pipeline:Index:Role"] = "Leader" });
        });
    }
}
