using System.Net.Sockets;

namespace Pipeline.Bench.Service;

/// <summary>An in-memory Azurite from the repository's node_modules, on free ports.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly ChildProcess process;
    private readonly int queuePort;

    private AzuriteProcess(ChildProcess process, int blobPort, int queuePort)
    {
        this.process = process;
        this.queuePort = queuePort;
        BlobPort = blobPort;
        ConnectionString = ConnectionStringFor(new Uri($"http://127.0.0.1:{blobPort}"));
    }

    public string ConnectionString { get; }

    public int BlobPort { get; }

    public int Id => process.Id;

    /// <summary>The same account with blobs reached through <paramref name="blobHost"/>, such as a LocalHost's blob relay.</summary>
    public string ConnectionStringFor(Uri blobHost) => "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={Key};BlobEndpoint={blobHost.GetLeftPart(UriPartial.Authority)}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync(string logPath)
    {
        if (!File.Exists(RepositoryPaths.Azurite))
        {
            throw new InvalidOperationException($"{RepositoryPaths.Azurite} is missing: run `npm ci` at the repository root.");
        }

        int blob = FreePort.Next(), queue = FreePort.Next(), table = FreePort.Next();
        var process = ChildProcess.Start(RepositoryPaths.Azurite,
        [
            "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent",
            "--blobHost", "127.0.0.1", "--blobPort", $"{blob}", "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{table}",
        ], logPath);
        var azurite = new AzuriteProcess(process, blob, queue);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", blob);
                return azurite;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        await azurite.DisposeAsync();
        throw new TimeoutException("Azurite did not open its blob port within 30 s.");
    }

    public async ValueTask DisposeAsync()
    {
        await process.StopAsync();
        process.Dispose();
    }
}
