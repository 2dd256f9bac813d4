using System.Threading.Channels;

namespace Pipeline.LocalHost;

/// <summary>Blobs of incoming/ that a client just wrote or deleted through the host's blob relay, for the watcher to look at now.</summary>
internal sealed class IncomingChanges
{
    private readonly Channel<IncomingChange> changes = Channel.CreateUnbounded<IncomingChange>();

    public void Notify(string name, string? etag = null) => changes.Writer.TryWrite(new IncomingChange(name, etag));

    public IAsyncEnumerable<IncomingChange> ReadAllAsync(CancellationToken cancellationToken) => changes.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>A blob name, with the ETag the write answered when it answered one (a staged block or a delete does not).</summary>
internal readonly record struct IncomingChange(string Name, string? ETag);
