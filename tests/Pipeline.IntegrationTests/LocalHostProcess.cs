using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Pipeline.IntegrationTests;

/// <summary>The local host as a real child process (`dotnet Pipeline.LocalHost.dll`), so a test can kill it like a crash would.</summary>
internal sealed class LocalHostProcess : IDisposable
{
    private readonly Process process;

    private LocalHostProcess(Process process, HttpClient http)
    {
        this.process = process;
        Http = http;
    }

    public HttpClient Http { get; }

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
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new LocalHostProcess(process, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
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
        throw new InvalidOperationException("The local host did not answer within 60 s.");
    }

    public async Task<long> TotalAsync(string query)
    {
        var result = await Http.GetFromJsonAsync<JsonElement>($"/api/search?{query}");
        return result.GetProperty("total").GetInt64();
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
