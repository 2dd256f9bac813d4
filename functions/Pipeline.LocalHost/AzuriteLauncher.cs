using System.Diagnostics;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Pipeline.LocalHost;

/// <summary>Starts Azurite from the repository's package.json when no storage emulator answers, and stops it with the host.</summary>
internal sealed class AzuriteLauncher(
    BlobServiceClient blobs, QueueServiceClient queues, IOptions<LocalHostOptions> options, ILogger<AzuriteLauncher> logger)
    : IHostedService, IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private Process? azurite;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await IsReachableAsync(blobs.Uri, cancellationToken))
        {
            logger.LogInformation("Using the storage emulator already answering at {BlobEndpoint}", blobs.Uri);
            return;
        }

        if (!options.Value.StartAzurite || !IsLocal(blobs.Uri))
        {
            throw new InvalidOperationException($"Blob storage at {blobs.Uri} does not answer, and starting Azurite is turned off.");
        }

        var root = RepositoryRoot.Find()
            ?? throw new InvalidOperationException("Cannot find the repository root (package.json) to start Azurite from.");
        var executable = Path.Combine(root, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            logger.LogInformation("Installing Azurite with npm ci in {Root}", root);
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], root, cancellationToken);
        }

        var location = RepositoryRoot.Resolve(options.Value.AzuriteLocation);
        Directory.CreateDirectory(location);
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "--silent", "--skipApiVersionCheck", "--loose", "--location", location,
                "--blobHost", blobs.Uri.Host, "--blobPort", blobs.Uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", queues.Uri.Host, "--queuePort", queues.Uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tableHost", blobs.Uri.Host, "--tablePort", (queues.Uri.Port + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        azurite = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        azurite.OutputDataReceived += (_, e) => { if (e.Data is not null) { logger.LogDebug("azurite: {Line}", e.Data); } };
        azurite.ErrorDataReceived += (_, e) => { if (e.Data is not null) { logger.LogWarning("azurite: {Line}", e.Data); } };
        azurite.BeginOutputReadLine();
        azurite.BeginErrorReadLine();

        var waited = Stopwatch.StartNew();
        while (!await IsReachableAsync(blobs.Uri, cancellationToken) || !await IsReachableAsync(queues.Uri, cancellationToken))
        {
            if (azurite.HasExited || waited.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"Azurite did not come up at {blobs.Uri} within {StartTimeout.TotalSeconds} s.");
            }

            await Task.Delay(100, cancellationToken);
        }

        logger.LogInformation("Started Azurite (pid {Pid}) at {BlobEndpoint} with data in {Location}", azurite.Id, blobs.Uri, location);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (azurite is { HasExited: false })
        {
            azurite.Kill(entireProcessTree: true);
            logger.LogInformation("Stopped Azurite");
        }

        return Task.CompletedTask;
    }

    public void Dispose() => azurite?.Dispose();

    private static bool IsLocal(Uri uri) => uri.IsLoopback || uri.Host is "localhost" or "127.0.0.1";

    private static async Task<bool> IsReachableAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(uri.Host, uri.Port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task RunAsync(string file, string[] arguments, string directory, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start.");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}.");
        }

        logger.LogInformation("{Command} finished", file);
    }
}
