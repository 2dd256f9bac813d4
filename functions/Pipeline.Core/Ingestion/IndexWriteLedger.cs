using System.Collections.Concurrent;

namespace Pipeline.Core.Ingestion;

/// <summary>
/// Lets a reindex run beside the index writer without writing an older read over a newer one: while a reindex runs, every
/// write by the index writer bumps the id's version, and the reindex writes a document only if its version did not move
/// between reading normalized/{id}.json and writing it.
/// </summary>
public sealed class IndexWriteLedger
{
    private readonly System.Threading.Lock writeLock = new();
    private readonly ConcurrentDictionary<string, long> versions = new(StringComparer.Ordinal);
    private int trackers;

    /// <summary>The index writer's write: applied, and the id's version bumped while anyone tracks.</summary>
    public void Write(string id, Action write)
    {
        lock (writeLock)
        {
            write();
            if (Volatile.Read(ref trackers) > 0)
            {
                versions.AddOrUpdate(id, 1, (_, v) => v + 1);
            }
        }
    }

    public long Version(string id) => versions.GetValueOrDefault(id);

    /// <summary>A reindex's write: applied only if the index writer did not touch the id since <paramref name="version"/> was read.</summary>
    public bool WriteIfUnchanged(string id, long version, Action write)
    {
        lock (writeLock)
        {
            if (Version(id) != version)
            {
                return false;
            }

            write();
            return true;
        }
    }

    /// <summary>Starts tracking versions; disposing stops it and forgets them.</summary>
    public IDisposable Track()
    {
        Interlocked.Increment(ref trackers);
        return new Tracking(this);
    }

    private sealed class Tracking(IndexWriteLedger ledger) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0 && Interlocked.Decrement(ref ledger.trackers) == 0)
            {
                ledger.versions.Clear();
            }
        }
    }
}
