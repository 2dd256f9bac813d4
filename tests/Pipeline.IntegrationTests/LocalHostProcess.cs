using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Pipeline.IntegrationTests;

/// <summary>The local host as a real child process (`dotnet Pipeline.LocalHost.dll`), so a test can kill it like a crash would.</summary>
internal sealed class LocalHostProcess : IDisposable
{
    private const int KeptLines = 200;
    private readonly Process process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output = new();

    private LocalHostProcess(Process process, HttpClient http)
    {
        this.process = process;
        Http = http;
    }

    public HttpClient Http { get; }

    /// <summary>The host's last lines of console output, so a failing test can say what the host was doing.</summary>
    public string RecentOutput => string.Join('\n', output);

    public static async Task<LocalHostProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string workingDirectory)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Pipeline.LocalHost.dll"));
        foreach (var (key, value) in settings.Append(new("Urls", $"http://127.0.0.1:{port}")))
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("The local host did not start.");
        var host = new LocalHostProcess(process, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
        process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await host.Http.GetAsync("/api/search?pageSize=1");
                if (response.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        host.Dispose();
        throw new InvalidOperationException($"The local host did not answer within 60 s. Its last output:\n{host.RecentOutput}");
    }

    public async Task<long> TotalAsync(string query)
    {
        try
        {
            var result = await Http.GetFromJsonAsync<JsonElement>($"/api/search?{query}");
            return result.GetProperty("total").GetInt64();
        }
        catch (HttpRequestException e)
        {
            throw new HttpRequestException($"{e.Message} (host exited: {process.HasExited}). Its last output:\n{RecentOutput}", e, e.StatusCode);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no final commit, as a crash or a pulled plug.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
        Http.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > KeptLines && output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
