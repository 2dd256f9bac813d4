using System.Threading.Channels;

namespace Pipeline.LocalHost;

/// <summary>Names of incoming/ blobs that a client just wrote or deleted through the host's blob relay, for the watcher to look at now.</summary>
internal sealed class IncomingChanges
{
    private readonly Channel<string> names = Channel.CreateUnbounded<string>();

    public void Notify(string name) => names.Writer.TryWrite(name);

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken) => names.Reader.ReadAllAsync(cancellationToken);
}
