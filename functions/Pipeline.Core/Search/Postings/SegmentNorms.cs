using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Pipeline.Core.Search.Postings;

/// <summary>A segment's encoded field lengths (norms) as one byte per document, read once per segment core and field.</summary>
internal static class SegmentNorms
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, byte[]>> Cache = new();
    private static readonly byte[] None = [];

    /// <summary>Empty when the field has no norms (every document then scores as if of average length).</summary>
    public static byte[] For(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal))
            .GetOrAdd(field, _ => Read(reader, field));

    private static byte[] Read(AtomicReader reader, string field)
    {
        var norms = reader.GetNormValues(field);
        if (norms is null)
        {
            return None;
        }

        var bytes = new byte[reader.MaxDoc];
        for (var doc = 0; doc < bytes.Length; doc++)
        {
            bytes[doc] = (byte)norms.Get(doc);
        }

        return bytes;
    }
}
