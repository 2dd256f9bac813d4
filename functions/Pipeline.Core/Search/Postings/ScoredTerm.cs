using System.Buffers;
using Lucene.Net.Search.Similarities;

namespace Pipeline.Core.Search.Postings;

/// <summary>
/// One term of one segment during a search: its BM25 score for any document, from a table by (length byte, frequency)
/// that the similarity fills on first use, and a walk over its impact classes, best score first.
/// </summary>
internal sealed class ScoredTerm : IDisposable
{
    private const int TableSize = 256 * TermDocs.ClassFreqs;

    private readonly TermDocs docs;
    private readonly Similarity.SimScorer scorer;
    private readonly byte[] norms;
    private readonly float[] table;
    private readonly ImpactClasses? classes;
    private int[] order = [];
    private int next;
    private int current = -1;
    private int offset;

    public ScoredTerm(TermDocs docs, Similarity.SimScorer scorer, byte[] norms)
    {
        this.docs = docs;
        this.scorer = scorer;
        this.norms = norms;
        classes = docs.ClassesOnceReused();
        table = ArrayPool<float>.Shared.Rent(TableSize);
        table.AsSpan(0, TableSize).Fill(float.NaN);
    }

    /// <summary>Whether the term's documents can be visited best first (see <see cref="TermDocs.ClassesOnceReused"/>).</summary>
    public bool HasClasses => classes is not null;

    /// <summary>Starts the walk over the classes, best first under the given field statistics.</summary>
    public void StartWalk((long, long) statsKey)
    {
        order = classes!.BestFirst(statsKey, ClassScore);
        MoveNext();
    }

    /// <summary>The score bound of the class being visited; negative infinity once every class is visited.</summary>
    public float CurrentScore { get; private set; }

    /// <summary>
    /// The next documents of the walk, at most <paramref name="max"/> of them and all from one class; the walk moves to the
    /// next class once this one is done. A large class (many documents with the same length and frequency) is taken in
    /// parts, so the other terms' walks can lower the bound before all of it is scored.
    /// </summary>
    public ReadOnlySpan<int> NextDocs(int max)
    {
        var start = classes!.Starts[current] + offset;
        var count = Math.Min(max, classes.Starts[current + 1] - start);
        var docs = classes.Docs.AsSpan(start, count);
        offset += count;
        if (start + count == classes.Starts[current + 1])
        {
            MoveNext();
        }

        return docs;
    }

    private void MoveNext()
    {
        offset = 0;
        if (next < order.Length)
        {
            current = order[next++];
            CurrentScore = ClassScore(current);
            return;
        }

        current = -1;
        CurrentScore = float.NegativeInfinity;
    }

    /// <summary>Any document of a class has its length byte; the class's largest frequency bounds all of its scores.</summary>
    private float ClassScore(int c) => scorer.Score(classes!.First(c), classes.MaxFreqs[c]);

    /// <summary>The term's score for the document; 0 when the document does not have it.</summary>
    public float Score(int doc)
    {
        var freq = docs.Freq(doc);
        if (freq == 0)
        {
            return 0f;
        }

        if (freq >= TermDocs.ClassFreqs)
        {
            return scorer.Score(doc, freq);
        }

        var slot = ((norms.Length == 0 ? 0 : norms[doc]) * TermDocs.ClassFreqs) + freq;
        var part = table[slot];

        // A term's score depends on the document only through its length byte, so one call fills the slot for all.
        return float.IsNaN(part) ? table[slot] = scorer.Score(doc, freq) : part;
    }

    public void Dispose() => ArrayPool<float>.Shared.Return(table);
}
