using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Core.Search.Postings;

/// <summary>
/// One term of one segment, read once from its postings (deleted documents included). Frequent terms are kept dense, for
/// the cache: bits, and a frequency byte per document (0: absent; 255: see <see cref="LargeFreqs"/>). Others are kept as
/// their ascending documents and frequencies, which costs only as much as the term has documents.
/// </summary>
internal sealed class TermDocs
{
    public const byte Large = byte.MaxValue;

    /// <summary>Frequencies from this one up share an impact class per length; their class bound uses the largest.</summary>
    public const int ClassFreqs = 32;

    private readonly byte[] norms;
    private readonly Lock building = new();
    private ImpactClasses? classes;
    private int uses;

    private TermDocs(int count, ulong[]? bits, byte[]? freqs, Dictionary<int, int>? largeFreqs, int[]? docList, int[]? freqList, byte[] norms)
    {
        Count = count;
        this.norms = norms;
        Bits = bits;
        Freqs = freqs;
        LargeFreqs = largeFreqs;
        DocList = docList;
        FreqList = freqList;
    }

    /// <summary>How many documents have the term, deleted ones included.</summary>
    public int Count { get; }

    /// <summary>Dense form: the documents as bits.</summary>
    public ulong[]? Bits { get; }

    /// <summary>Dense form: the frequency of every document as a byte, 0 when it does not have the term.</summary>
    public byte[]? Freqs { get; }

    public Dictionary<int, int>? LargeFreqs { get; }

    /// <summary>Sparse form: the documents, ascending.</summary>
    public int[]? DocList { get; }

    /// <summary>Sparse form: the frequency of each of <see cref="DocList"/>.</summary>
    public int[]? FreqList { get; }

    /// <summary>With room for the impact classes, which are built later.</summary>
    public long SizeInBytes =>
        ((Bits?.Length ?? 0) * 8L) + (Freqs?.Length ?? 0) + ((LargeFreqs?.Count ?? 0) * 16L) + ((DocList?.Length ?? 0) * 8L) + (Count * 4L) + 1024;

    /// <summary>
    /// The documents grouped by (length byte, frequency), where every document of a class scores the same for this term;
    /// null on the clause's first search, which scores its hits directly rather than pay for a grouping it may never reuse
    /// (the way Lucene's query cache waits for a query to recur).
    /// </summary>
    public ImpactClasses? ClassesOnceReused()
    {
        if (Volatile.Read(ref classes) is { } built)
        {
            return built;
        }

        if (Interlocked.Increment(ref uses) < 2)
        {
            return null;
        }

        lock (building)
        {
            return classes ??= Group();
        }
    }

    private ImpactClasses Group()
    {
        var docs = new int[Count];
        var freqs = new int[Count];
        var i = 0;
        ForEachDoc(doc =>
        {
            docs[i] = doc;
            freqs[i++] = Freq(doc);
        });
        return ImpactClasses.Group(docs, freqs, norms);
    }

    /// <summary>The document's frequency of the term; 0 when it does not have it.</summary>
    public int Freq(int doc)
    {
        if (Freqs is { } dense)
        {
            var freq = dense[doc];
            return freq == Large ? LargeFreqs![doc] : freq;
        }

        var at = Array.BinarySearch(DocList!, doc);
        return at >= 0 ? FreqList![at] : 0;
    }

    /// <summary>Sets the bit of every document that has the term.</summary>
    public void AddTo(Span<ulong> bits)
    {
        if (Bits is not null)
        {
            DocBits.Or(bits, Bits);
            return;
        }

        foreach (var doc in DocList!)
        {
            DocBits.Set(bits, doc);
        }
    }

    /// <summary>Reads the term's postings; null when the segment does not have the term.</summary>
    public static TermDocs? Read(AtomicReader reader, Term term, int denseFromDocFreq)
    {
        var terms = reader.GetTerms(term.Field)?.GetEnumerator();
        if (terms is null || !terms.SeekExact(term.Bytes))
        {
            return null;
        }

        var docFreq = terms.DocFreq;
        var postings = terms.Docs(null, null, DocsFlags.FREQS);
        var norms = SegmentNorms.For(reader, term.Field);
        return docFreq >= denseFromDocFreq ? ReadDense(postings, reader.MaxDoc, norms) : ReadSparse(postings, docFreq, norms);
    }

    /// <summary>Documents (ascending) and their frequencies, for clauses counted here rather than read, such as phrases.</summary>
    public static TermDocs FromLists(int[] docs, int[] freqs, byte[] norms) =>
        new(docs.Length, null, null, null, docs, freqs, norms);

    /// <summary>Calls <paramref name="visit"/> for every document that has the term, ascending.</summary>
    public void ForEachDoc(Action<int> visit)
    {
        if (DocList is not null)
        {
            foreach (var doc in DocList)
            {
                visit(doc);
            }

            return;
        }

        for (var w = 0; w < Bits!.Length; w++)
        {
            var word = Bits[w];
            while (word != 0)
            {
                visit((w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }
    }

    private static TermDocs ReadDense(DocsEnum postings, int maxDoc, byte[] norms)
    {
        var bits = new ulong[DocBits.WordsFor(maxDoc)];
        var freqs = new byte[maxDoc];
        Dictionary<int, int>? large = null;
        var count = 0;
        int doc;
        while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            DocBits.Set(bits, doc);
            count++;
            var freq = postings.Freq;
            if (freq >= Large)
            {
                (large ??= [])[doc] = freq;
                freq = Large;
            }

            freqs[doc] = (byte)freq;
        }

        return new TermDocs(count, bits, freqs, large, null, null, norms);
    }

    private static TermDocs ReadSparse(DocsEnum postings, int docFreq, byte[] norms)
    {
        var docs = new int[docFreq];
        var freqs = new int[docFreq];
        var count = 0;
        int doc;
        while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS && count < docFreq)
        {
            docs[count] = doc;
            freqs[count++] = postings.Freq;
        }

        return new TermDocs(count, null, null, null, docs, freqs, norms);
    }
}
