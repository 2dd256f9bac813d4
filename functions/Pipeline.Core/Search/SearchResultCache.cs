using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Core.Search;

/// <summary>
/// Whole responses for one index snapshot: a key is the normalised request, and a new searcher (any change made
/// searchable) starts an empty cache, so an answer is never stale. Bounded by an estimate of the bytes it holds.
/// </summary>
internal sealed class SearchResultCache(long capacityBytes)
{
    // Hand-written rather than MemoryCache: the whole cache must be dropped atomically when the searcher changes.
    private Generation current = new(null, long.MinValue);

    public bool Enabled => capacityBytes > 0;

    public bool TryGet(IndexSearcher searcher, string key, out SearchResponse response)
    {
        var generation = Volatile.Read(ref current);
        if (generation.Holds(searcher) && generation.Entries.TryGetValue(key, out var found))
        {
            response = found;
            return true;
        }

        response = null!;
        return false;
    }

    public void Add(IndexSearcher searcher, string key, SearchResponse response)
    {
        var generation = Volatile.Read(ref current);
        if (!generation.Holds(searcher))
        {
            // Only a newer searcher replaces the generation; a request still holding an older one just does not cache.
            var version = searcher.IndexReader is DirectoryReader reader ? reader.Version : long.MaxValue;
            if (version < generation.Version)
            {
                return;
            }

            var fresh = new Generation(searcher, version);
            generation = Interlocked.CompareExchange(ref current, fresh, generation) == generation ? fresh : Volatile.Read(ref current);
            if (!generation.Holds(searcher))
            {
                return;
            }
        }

        var size = EstimateBytes(key, response);
        if (Interlocked.Add(ref generation.Bytes, size) > capacityBytes)
        {
            // Full: start over rather than track recency; the hot queries come back within a few requests.
            Interlocked.CompareExchange(ref current, new Generation(searcher, generation.Version), generation);
            return;
        }

        generation.Entries.TryAdd(key, response);
    }

    /// <summary>Everything that changes the answer, in a canonical form.</summary>
    public static string KeyOf(SearchRequest request)
    {
        var key = new StringBuilder(64 + (request.Query?.Length ?? 0));
        key.Append(request.Query).Append('\u0001');
        AppendAll(key, request.Countries);
        AppendAll(key, request.Topics);
        key.Append(request.From?.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\u0001')
            .Append(request.To?.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\u0001')
            .Append((int)request.Sort).Append('\u0001')
            .Append(request.Page).Append('\u0001')
            .Append(request.PageSize).Append('\u0001')
            .Append(request.FacetSize);
        return key.ToString();
    }

    private static void AppendAll(StringBuilder key, IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            key.Append(value).Append('\u0002');
        }

        key.Append('\u0001');
    }

    private static long EstimateBytes(string key, SearchResponse response)
    {
        const int ObjectOverhead = 64;
        long chars = key.Length;
        foreach (var hit in response.Hits)
        {
            chars += hit.Id.Length + hit.Title.Length + hit.Snippet.Length + hit.SourcePath.Length
                + (2 * (hit.Countries.Count + hit.MainCountries.Count)) + (8 * hit.Topics.Count);
        }

        var values = response.Facets.Country.Count + response.Facets.Topic.Count;
        return (2 * chars) + (ObjectOverhead * (4 + (6 * response.Hits.Count) + (2 * values)));
    }

    /// <summary>Holds its searcher weakly, so an idle cache does not keep a replaced reader alive.</summary>
    private sealed class Generation(IndexSearcher? searcher, long version)
    {
        private readonly WeakReference<IndexSearcher>? searcher = searcher is null ? null : new(searcher);

        public long Bytes;

        public long Version { get; } = version;

        public bool Holds(IndexSearcher candidate) =>
            searcher is not null && searcher.TryGetTarget(out var held) && ReferenceEquals(held, candidate);

        public ConcurrentDictionary<string, SearchResponse> Entries { get; } = new(StringComparer.Ordinal);
    }
}
