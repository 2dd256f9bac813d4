using System.Diagnostics;
using System.Text.Json;

namespace Pipeline.IntegrationTests;

/// <summary>Whatever users drop ends indexed or failed with a reason, while search keeps answering and memory stays bounded.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileFilesTests(AzuriteFixture azurite)
{
    private const long MemoryBoundBytes = 1536L * 1024 * 1024;

    [Fact]
    public async Task Every_hostile_file_ends_indexed_or_failed_with_a_reason_while_search_keeps_serving()
    {
        var corpus = HostileCorpus.Generate();
        await using var host = await PipelineHost.StartAsync(azurite);
        using var stop = new CancellationTokenSource();
        var searches = KeepSearchingAsync(host, stop.Token);
        var memory = SampleMemoryAsync(stop.Token);

        foreach (var file in corpus)
        {
            await host.Incoming.GetBlobClient(file.Name).UploadAsync(BinaryData.FromBytes(file.Content));
        }

        var outcomes = new Dictionary<string, JsonElement>();
        foreach (var file in corpus)
        {
            outcomes[file.Name] = await host.WaitForAsync(
                $"/api/status?path={Uri.EscapeDataString(file.Name)}",
                s => s.GetProperty("state").GetString() is "indexed" or "failed",
                TimeSpan.FromSeconds(90));
        }

        await stop.CancelAsync();
        var (searchCount, searchFailures) = await searches;
        var peak = await memory;

        foreach (var file in corpus)
        {
            var status = outcomes[file.Name];
            var state = status.GetProperty("state").GetString();
            var reason = status.GetProperty("reason").GetString();
            Assert.True(file.Expected.ToString().Equals(state, StringComparison.OrdinalIgnoreCase), $"{file.Name}: {state} ({reason})");
            if (file.Expected == Expected.Failed)
            {
                Assert.False(string.IsNullOrWhiteSpace(reason), file.Name);
                Assert.Contains(file.ReasonContains ?? string.Empty, reason, StringComparison.OrdinalIgnoreCase);
                Assert.Equal(1, status.GetProperty("attempts").GetInt32());
            }
        }

        var indexed = corpus.Count(f => f.Expected == Expected.Indexed);
        await host.WaitForAsync("/api/search", r => r.GetProperty("total").GetInt64() == indexed);
        Assert.True(searchCount > 0, "no search ran during the drop");
        Assert.Empty(searchFailures);
        Assert.True(peak < MemoryBoundBytes, $"working set peaked at {peak / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task Failures_are_listed_newest_first_and_paged()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        foreach (var name in new[] { "first.png", "second.png", "third.png" })
        {
            await host.Incoming.GetBlobClient(name).UploadAsync(BinaryData.FromBytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2]));
            await host.WaitForAsync($"/api/status?path={name}", s => s.GetProperty("state").GetString() == "failed");
        }

        await host.Incoming.GetBlobClient("second.png").UploadAsync(BinaryData.FromString("Fixed\nThe second file is text now."), overwrite: true);
        await host.WaitForAsync("/api/status?path=second.png", s => s.GetProperty("state").GetString() == "indexed");

        var all = await host.GetJsonAsync("/api/failures");
        var paths = all.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Equal(["third.png", "first.png"], paths);
        Assert.All(all.GetProperty("failures").EnumerateArray(), f => Assert.StartsWith("unsupported format", f.GetProperty("reason").GetString(), StringComparison.Ordinal));

        var page = await host.GetJsonAsync("/api/failures?limit=1");
        Assert.Equal("third.png", page.GetProperty("failures")[0].GetProperty("path").GetString());
        var next = await host.GetJsonAsync($"/api/failures?limit=1&continuation={Uri.EscapeDataString(page.GetProperty("continuation").GetString()!)}");
        Assert.Equal("first.png", next.GetProperty("failures")[0].GetProperty("path").GetString());

        using var bad = await host.Http.GetAsync("/api/failures?limit=0");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_fails_before_it_is_downloaded()
    {
        await using var host = await PipelineHost.StartAsync(azurite, new Dictionary<string, string?> { ["Pipeline:Normalization:MaxBlobBytes"] = "1000" });
        await host.Incoming.GetBlobClient("big.txt").UploadAsync(BinaryData.FromString("Big one\n" + new string('x', 2000)));

        var status = await host.WaitForAsync("/api/status?path=big.txt", s => s.GetProperty("state").GetString() == "failed");

        Assert.Equal("file too large: 2,008 bytes exceeds the MaxBlobBytes limit (1,000)", status.GetProperty("reason").GetString());
    }

    private static async Task<(int Count, List<string> Failures)> KeepSearchingAsync(PipelineHost host, CancellationToken stop)
    {
        var failures = new List<string>();
        var count = 0;
        while (!stop.IsCancellationRequested)
        {
            using var response = await host.Http.GetAsync("/api/search?q=text&pageSize=5", CancellationToken.None);
            count++;
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
            }

            await Task.Delay(100, CancellationToken.None);
        }

        return (count, failures);
    }

    private static async Task<long> SampleMemoryAsync(CancellationToken stop)
    {
        long peak = 0;
        using var process = Process.GetCurrentProcess();
        while (!stop.IsCancellationRequested)
        {
            process.Refresh();
            peak = Math.Max(peak, process.WorkingSet64);
            await Task.Delay(100, CancellationToken.None);
        }

        return peak;
    }
}
