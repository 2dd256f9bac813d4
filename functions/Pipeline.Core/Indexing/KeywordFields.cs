using Lucene.Net.Documents;

namespace Pipeline.Core.Indexing;

/// <summary>
/// The document and fields (ids, facet codes, dates, text, stored metadata) that one writer thread reuses from document to
/// document. Lucene.Net builds a new field's token stream by reflection, which was a fifth of the index build's time when
/// done for every document; growing a new document's field list was a third of building it.
/// A document built with these is valid until the same instance builds the next one; never share an instance across threads.
/// </summary>
public sealed class KeywordFields
{
    private readonly Dictionary<string, Pool> pools = new(StringComparer.Ordinal);

    /// <summary>The document being built, emptied by <see cref="Reset"/>.</summary>
    public Document Document { get; } = [];

    /// <summary>Starts a new document: every field handed out before may be handed out again.</summary>
    public void Reset()
    {
        Document.Fields.Clear();
        foreach (var pool in pools.Values)
        {
            pool.Used = 0;
        }
    }

    public Field Keyword(string name, string value, Field.Store store)
    {
        var field = Reused(name) ?? Added(name, new StringField(name, value, store));
        field.SetStringValue(value);
        return field;
    }

    public Field Text(string name, string value, Field.Store store)
    {
        var field = Reused(name) ?? Added(name, new TextField(name, value, store));
        field.SetStringValue(value);
        return field;
    }

    public Field Stored(string name, string value)
    {
        var field = Reused(name) ?? Added(name, new StoredField(name, value));
        field.SetStringValue(value);
        return field;
    }

    public Field Number(string name, long value, Field.Store store)
    {
        var field = Reused(name) ?? Added(name, new Int64Field(name, value, store));
        field.SetInt64Value(value);
        return field;
    }

    /// <summary>The next field of this name not yet handed out for the current document, or null when all are in use.</summary>
    private Field? Reused(string name)
    {
        var pool = PoolOf(name);
        return pool.Used < pool.Fields.Count ? pool.Fields[pool.Used++] : null;
    }

    private Field Added(string name, Field field)
    {
        var pool = PoolOf(name);
        pool.Fields.Add(field);
        pool.Used++;
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
