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

    private readonly Stripe[] stripes = [.. Enumerable.Range(0, StripeCount).Select(_ => new Stripe())];

    // Shared by writes of single ids, exclusive for loading the index's ids and for emptying the index.
    private readonly ReaderWriterLockSlim gate = new();
    private volatile bool loaded;

    /// <summary>Runs <paramref name="write"/> with whether the index may already hold <paramref name="id"/>.</summary>
    public void Write(string id, Action<bool> write)
    {
        EnsureLoaded();
        var hash = StringComparer.Ordinal.GetHashCode(id);
        var stripe = StripeOf(hash);
        gate.EnterReadLock();
        try
        {
            // Writes of one id (hash) run one at a time, so a second upsert's delete term is always queued after the first
            // upsert's add; other ids never wait here, since a write may flush a whole segment (a second or more).
            bool mayExist;
            lock (stripe)
            {
                while (stripe.Writing.Contains(hash))
                {
                    Monitor.Wait(stripe);
                }

                stripe.Writing.Add(hash);
                mayExist = !stripe.Hashes.Add(hash);
            }

            try
            {
                write(mayExist);
            }
            finally
            {
                lock (stripe)
                {
                    stripe.Writing.Remove(hash);
                    Monitor.PulseAll(stripe);
                }
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
            foreach (var stripe in stripes)
            {
                stripe.Hashes.Clear();
            }

            loaded = true;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public void Dispose() => gate.Dispose();

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
                    var hash = StringComparer.Ordinal.GetHashCode(id);
                    StripeOf(hash).Hashes.Add(hash);
                }

                loaded = true;
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    private Stripe StripeOf(int hash) => stripes[(uint)hash % StripeCount];

    /// <summary>The ids of one stripe that the index may hold, and those being written now; guarded by the stripe's monitor.</summary>
    private sealed class Stripe
    {
        public HashSet<int> Hashes { get; } = [];

        public HashSet<int> Writing { get; } = [];
    }
}
