using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Pipeline.Bench.Service;

/// <summary>Pipeline.LocalHost started as a child process against the bench's Azurite, and a client for its search.</summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly ChildProcess process;

    private LocalHostProcess(ChildProcess process, Uri baseAddress)
    {
        this.process = process;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }

    public int Id => process.Id;

    public Uri BaseAddress => Http.BaseAddress!;

    /// <summary>Starts the host; <paramref name="settings"/> are extra `--Key=value` configuration arguments.</summary>
    public static LocalHostProcess Start(string connectionString, string indexPath, string logPath, params string[] settings)
    {
        if (!File.Exists(RepositoryPaths.LocalHostDll))
        {
            throw new InvalidOperationException(
                $"{RepositoryPaths.LocalHostDll} is missing: build it first with `dotnet build -c Release functions/Pipeline.LocalHost`.");
        }

        var port = FreePort.Next();
        var process = ChildProcess.Start("dotnet",
        [
            RepositoryPaths.LocalHostDll,
            $"--AzureWebJobsStorage={connectionString}",
            "--Pipeline:LocalHost:StartAzurite=false",
            "--Pipeline:LocalHost:SeedsPath=",
            $"--Urls=http://127.0.0.1:{port}",
            $"--Pipeline:Index:Path={indexPath}",
            "--Pipeline:LocalHost:PollIntervalMs=50",
            // One log line per document would measure the console, not the pipeline.
            "--Logging:LogLevel:Default=Warning",
            // As appsettings.json says, which a host started from another folder does not read: a 404 is an answer, not a warning.
            "--Logging:LogLevel:Azure.Core=Error",
            .. settings,
        ], logPath, HostLaunchProfile.Environment);
        return new LocalHostProcess(process, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>The search's total, or null while the host is not answering yet.</summary>
    public async Task<long?> TotalAsync(string url)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return null;
            }

            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
            return json.RootElement.GetProperty("total").GetInt64();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Polls until the search's total reaches at least <paramref name="expected"/>; returns the time it took.</summary>
    public async Task<TimeSpan> WaitForTotalAsync(string url, long expected, TimeSpan timeout, TimeSpan interval)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (await TotalAsync(url) >= expected)
            {
                return Stopwatch.GetElapsedTime(started);
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException("Pipeline.LocalHost exited; see its log under the output folder.");
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"{url} did not reach {expected} within {timeout}.");
            }

            await Task.Delay(interval);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await process.StopAsync();
        process.Dispose();
        Http.Dispose();
    }
}
