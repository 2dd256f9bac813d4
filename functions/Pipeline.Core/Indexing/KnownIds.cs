using System.Collections.Concurrent;

namespace Pipeline.Core.Indexing;

/// <summary>
/// Hashes of every id the index may hold (a superset), so that upserting an id it cannot hold is a plain add. Update-by-id
/// buffers a delete term per document, which Lucene counts against the RAM buffer and resolves against every segment.
/// A hash collision or a stale entry costs only an update; a missing entry would duplicate a document, so entries are
/// added before the write they announce and are only ever removed all at once, with the index emptied under the same lock.
/// </summary>
internal sealed class KnownIds(Func<IEnumerable<string>> existingIds) : IDisposable
{
    private const int StripeCount = 64;

    private readonly ConcurrentDictionary<int, byte> hashes = new();

    // Writes of one id run one at a time, so a second upsert's delete term is always queued after the first upsert's add.
    private readonly System.Threading.Lock[] stripes = [.. Enumerable.Range(0, StripeCount).Select(_ => new System.Threading.Lock())];

    // Shared by writes of single ids, exclusive for loading the index's ids and for emptying the index.
    private readonly ReaderWriterLockSlim gate = new();
    private volatile bool loaded;

    /// <summary>Runs <paramref name="write"/> with whether the index may already hold <paramref name="id"/>.</summary>
    public void Write(string id, Action<bool> write)
    {
        EnsureLoaded();
        var hash = StringComparer.Ordinal.GetHashCode(id);
        gate.EnterReadLock();
        try
        {
            lock (stripes[(uint)hash % StripeCount])
            {
                write(!hashes.TryAdd(hash, 0));
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Runs <paramref name="emptyIndex"/> with every single-id write held off, then forgets every id.</summary>
    public void Clear(Action emptyIndex)
    {
        gate.EnterWriteLock();
        try
        {
            emptyIndex();
            hashes.Clear();
            loaded = true;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    private void EnsureLoaded()
    {
        if (loaded)
        {
            return;
        }

        // Loaded on the first write rather than at open, so a host's first search does not wait for it.
        gate.EnterWriteLock();
        try
        {
            if (!loaded)
            {
                foreach (var id in existingIds())
                {
                    hashes.TryAdd(StringComparer.Ordinal.GetHashCode(id), 0);
                }

                loaded = true;
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public void Dispose() => gate.Dispose();
}
