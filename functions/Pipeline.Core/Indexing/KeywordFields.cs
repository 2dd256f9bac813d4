using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Pipeline.Core.Indexing;

/// <summary>
/// The document and fields (ids, facet codes, days, text, stored body and metadata, doc values) that one writer thread reuses from document to
/// document. Lucene.Net builds a new field's token stream by reflection, which was a fifth of the index build's time when
/// done for every document; growing a new document's field list was a third of building it.
/// A document built with these is valid until the same instance builds the next one; never share an instance across threads.
/// </summary>
public sealed class KeywordFields
{
    private static readonly FieldType DayType = CreateDayType();

    private readonly Dictionary<(string Name, Type Kind), Pool> pools = [];
    private readonly BytesRef utf8 = new(4096);

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
        var field = Reused<StringField>(name) ?? Added(name, new StringField(name, value, store));
        field.SetStringValue(value);
        return field;
    }

    public Field Text(string name, string value, Field.Store store)
    {
        var field = Reused<TextField>(name) ?? Added(name, new TextField(name, value, store));
        field.SetStringValue(value);
        return field;
    }

    public Field Stored(string name, string value)
    {
        var field = Reused<StoredField>(name) ?? Added(name, new StoredField(name, value));
        field.SetStringValue(value);
        return field;
    }

    /// <summary>
    /// A stored-only field holding <paramref name="value"/> as UTF-8 bytes, encoded here into a buffer this instance reuses:
    /// Lucene.Net encodes a stored string with a scalar loop into a new array, which was a twentieth of the index build.
    /// </summary>
    public Field StoredUtf8(string name, string value)
    {
        Utf8Into(utf8, value);
        var field = Reused<StoredField>(name) ?? Added(name, new StoredField(name, utf8));
        field.SetBytesValue(utf8);
        return field;
    }

    /// <summary>A sorted-set doc values entry of <paramref name="value"/>'s UTF-8 bytes, encoded into the field's own buffer.</summary>
    public Field SortedSet(string name, string value)
    {
        var field = Reused<SortedSetDocValuesField>(name) ?? Added(name, new SortedSetDocValuesField(name, new BytesRef(16)));
        field.SetBytesValue(Utf8Into(field.GetBinaryValue(), value));
        return field;
    }

    /// <summary>A sorted doc values entry of <paramref name="value"/>'s UTF-8 bytes, encoded into the field's own buffer.</summary>
    public Field Sorted(string name, string value)
    {
        var field = Reused<SortedDocValuesField>(name) ?? Added(name, new SortedDocValuesField(name, new BytesRef(32)));
        field.SetBytesValue(Utf8Into(field.GetBinaryValue(), value));
        return field;
    }

    public Field Numeric(string name, long value)
    {
        var field = Reused<NumericDocValuesField>(name) ?? Added(name, new NumericDocValuesField(name, value));
        field.SetInt64Value(value);
        return field;
    }

    /// <summary>An indexed, unstored day number with the schema's precision step.</summary>
    public Field Day(string name, int day)
    {
        var field = Reused<Int32Field>(name) ?? Added(name, new Int32Field(name, day, DayType));
        field.SetInt32Value(day);
        return field;
    }

    private static FieldType CreateDayType()
    {
        var type = new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = IndexSchema.PublishedDayPrecisionStep };
        type.Freeze();
        return type;
    }

    /// <summary>Encodes <paramref name="value"/> as UTF-8 into <paramref name="bytes"/>' own array, growing it when too small.</summary>
    private static BytesRef Utf8Into(BytesRef bytes, string value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (bytes.Bytes.Length < length)
        {
            bytes.Bytes = new byte[ArrayUtil.Oversize(length, 1)];
        }

        bytes.Offset = 0;
        bytes.Length = Encoding.UTF8.GetBytes(value, bytes.Bytes);
        return bytes;
    }

    /// <summary>The next field of this name and kind not yet handed out for the current document, or null when all are in use.</summary>
    private Field? Reused<TField>(string name)
        where TField : Field
    {
        var pool = PoolOf(name, typeof(TField));
        return pool.Used < pool.Fields.Count ? pool.Fields[pool.Used++] : null;
    }

    private TField Added<TField>(string name, TField field)
        where TField : Field
    {
        var pool = PoolOf(name, typeof(TField));
        pool.Fields.Add(field);
        pool.Used++;
        return field;
    }

    private Pool PoolOf(string name, Type kind)
    {
        if (!pools.TryGetValue((name, kind), out var pool))
        {
            pools[(name, kind)] = pool = new Pool();
        }

        return pool;
    }

    private sealed class Pool
    {
        public List<Field> Fields { get; } = [];

        public int Used { get; set; }
    }
}
