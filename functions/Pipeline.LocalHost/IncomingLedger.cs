namespace Pipeline.LocalHost;

/// <summary>
/// What the watcher knows of incoming/, shared by its listings and the relay's hints: the ETag handled for each blob and which
/// blobs are being handled right now, so the two never work on one blob at once.
/// </summary>
internal sealed class IncomingLedger
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (string ETag, long Listing)> handled = new(StringComparer.Ordinal);
    private readonly HashSet<string> busy = new(StringComparer.Ordinal);
    private readonly HashSet<string> again = new(StringComparer.Ordinal);
    private long listing;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return handled.Count;
            }
        }
    }

    /// <summary>Marks the start of a listing; what is recorded from now on is at least as new as that listing.</summary>
    public long StartListing()
    {
        lock (gate)
        {
            return ++listing;
        }
    }

    public bool IsHandled(string name, string etag)
    {
        lock (gate)
        {
            return handled.TryGetValue(name, out var known) && known.ETag == etag;
        }
    }

    public bool Contains(string name)
    {
        lock (gate)
        {
            return handled.ContainsKey(name);
        }
    }

    /// <summary>Claims a blob; when it is busy and <paramref name="retry"/> is set, the holder is told to look at it again when done.</summary>
    public bool TryBegin(string name, bool retry)
    {
        lock (gate)
        {
            if (busy.Add(name))
            {
                return true;
            }

            if (retry)
            {
                again.Add(name);
            }

            return false;
        }
    }

    /// <summary>Releases a blob; true when a hint for it came while it was busy, so it must be looked at again.</summary>
    public bool End(string name)
    {
        lock (gate)
        {
            busy.Remove(name);
            return again.Remove(name);
        }
    }

    public void Record(string name, string etag)
    {
        lock (gate)
        {
            handled[name] = (etag, listing);
        }
    }

    public void Forget(string name)
    {
        lock (gate)
        {
            handled.Remove(name);
        }
    }

    /// <summary>
    /// Handled blobs a listing did not return: deleted, unless recorded after that listing started (a blob written meanwhile
    /// is missing from it) or being handled now.
    /// </summary>
    public List<string> MissingFrom(IReadOnlyDictionary<string, string> listed, long listingStarted)
    {
        lock (gate)
        {
            return [.. handled.Where(entry => entry.Value.Listing < listingStarted && !listed.ContainsKey(entry.Key) && !busy.Contains(entry.Key))
                .Select(entry => entry.Key)];
        }
    }
}
