using Lucene.Net.Documents;

namespace Pipeline.Core.Indexing;

/// <summary>
/// Untokenised fields (ids, facet codes, dates) that one writer thread reuses from document to document. Lucene.Net builds
/// a new field's token stream by reflection, which was a fifth of the index build's time when done for every document.
/// A document built with these is valid until the same instance builds the next one; never share an instance across threads.
/// </summary>
public sealed class KeywordFields
{
    private readonly Dictionary<string, Pool> pools = new(StringComparer.Ordinal);

    /// <summary>Starts a new document: every field handed out before may be handed out again.</summary>
    public void Reset()
    {
        foreach (var pool in pools.Values)
        {
            pool.Used = 0;
        }
    }

    public Field Keyword(string name, string value, Field.Store store)
    {
        var pool = PoolOf(name);
        if (pool.Used == pool.Fields.Count)
        {
            pool.Fields.Add(new StringField(name, value, store));
        }

        var field = pool.Fields[pool.Used++];
        field.SetStringValue(value);
        return field;
    }

    public Field Number(string name, long value, Field.Store store)
    {
        var pool = PoolOf(name);
        if (pool.Used == pool.Fields.Count)
        {
            pool.Fields.Add(new Int64Field(name, value, store));
        }

        var field = pool.Fields[pool.Used++];
        field.SetInt64Value(value);
        return field;
    }

    private Pool PoolOf(string name)
    {
        if (!pools.TryGetValue(name, out var pool))
        {
            pools[name] = pool = new Pool();
        }

        return pool;
    }

    private sealed class Pool
    {
        public List<Field> Fields { get; } = [];

        public int Used { get; set; }
    }
}
