using System.Collections.ObjectModel;
using System.Diagnostics;

namespace Pipeline.Bench.Service;

/// <summary>A process the bench started, its output drained to a log file; stopped with SIGTERM so it can shut down cleanly.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Lock logLock = new();

    private ChildProcess(Process process, StreamWriter log)
    {
        this.process = process;
        this.log = log;
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public event Action<string>? Line;

    public static ChildProcess Start(
        string fileName, IEnumerable<string> arguments, string logPath, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? ReadOnlyDictionary<string, string>.Empty)
        {
            start.Environment[name] = value;
        }

        var child = new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start."), new StreamWriter(logPath));
        child.process.OutputDataReceived += (_, e) => child.Write(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Write(e.Data);
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        // Process.Kill is SIGKILL; SIGTERM lets the host commit its index and stop its children.
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public Task WaitForExitAsync() => process.WaitForExitAsync();

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        lock (logLock)
        {
            log.Dispose();
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (logLock)
        {
            log.WriteLine(line);
        }

        Line?.Invoke(line);
    }
}
