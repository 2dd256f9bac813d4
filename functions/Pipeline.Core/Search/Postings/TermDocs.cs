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

    private TermDocs(int count, ulong[]? bits, byte[]? freqs, Dictionary<int, int>? largeFreqs, int[]? docList, int[]? freqList, ImpactClasses classes)
    {
        Count = count;
        Classes = classes;
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

    /// <summary>The documents grouped by (length byte, frequency): every document of a class scores the same for this term.</summary>
    public ImpactClasses Classes { get; }

    public long SizeInBytes =>
        ((Bits?.Length ?? 0) * 8L) + (Freqs?.Length ?? 0) + ((LargeFreqs?.Count ?? 0) * 16L) + ((DocList?.Length ?? 0) * 8L) + Classes.SizeInBytes + 64;

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

        var docs = new int[count];
        var classFreqs = new int[count];
        var i = 0;
        for (var w = 0; w < bits.Length; w++)
        {
            var word = bits[w];
            while (word != 0)
            {
                var d = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                docs[i] = d;
                classFreqs[i++] = freqs[d] == Large ? large![d] : freqs[d];
            }
        }

        return new TermDocs(count, bits, freqs, large, null, null, ImpactClasses.Group(docs, classFreqs, norms));
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

        return new TermDocs(count, null, null, null, docs, freqs, ImpactClasses.Group(docs.AsSpan(0, count), freqs.AsSpan(0, count), norms));
    }
}
