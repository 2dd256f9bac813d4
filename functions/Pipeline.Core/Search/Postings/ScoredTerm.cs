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
    private readonly PriorityQueue<int, float> classes;
    private int current = -1;

    public ScoredTerm(TermDocs docs, Similarity.SimScorer scorer, byte[] norms)
    {
        this.docs = docs;
        this.scorer = scorer;
        this.norms = norms;
        table = ArrayPool<float>.Shared.Rent(TableSize);
        table.AsSpan(0, TableSize).Fill(float.NaN);

        var impact = docs.Classes;
        var items = new (int Class, float Priority)[impact.Count];
        for (var c = 0; c < items.Length; c++)
        {
            // Any document of a class has its length byte; the class's largest frequency bounds all of its scores.
            items[c] = (c, -scorer.Score(impact.Docs[impact.Starts[c]], impact.MaxFreqs[c]));
        }

        classes = new PriorityQueue<int, float>(items);
        MoveNext();
    }

    /// <summary>The score bound of the class being visited; negative infinity once every class is visited.</summary>
    public float CurrentScore { get; private set; }

    public ReadOnlySpan<int> CurrentDocs() =>
        docs.Classes.Docs.AsSpan(docs.Classes.Starts[current], docs.Classes.Starts[current + 1] - docs.Classes.Starts[current]);

    public void MoveNext()
    {
        if (classes.TryDequeue(out current, out var priority))
        {
            CurrentScore = -priority;
            return;
        }

        current = -1;
        CurrentScore = float.NegativeInfinity;
    }

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
