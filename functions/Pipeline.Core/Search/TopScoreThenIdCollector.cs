using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Core.Search;

/// <summary>
/// The best <c>size</c> documents by score, ties broken by id (ascending): the order of Sort(score, id), but an id is only
/// looked at when a score ties with the worst kept one, instead of a sort-field comparison for every hit.
/// Hand-written: Lucene's TopScoreDocCollector breaks ties by document number, which changes as segments merge.
/// </summary>
internal sealed class TopScoreThenIdCollector : ICollector
{
    private readonly Entry[] heap;
    private int count;
    private Scorer? scorer;
    private int docBase;
    private IdOrds? ids;

    // A tied document of the current segment beats the worst kept one when its id ordinal is below this; computed on
    // the first tie after the worst one changes, since with real scores ties are rare and the lookup is not free.
    private int bottomOrdThreshold;
    private bool thresholdStale = true;

    public TopScoreThenIdCollector(int size)
    {
        heap = new Entry[size];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        ids = IdOrds.For(context.AtomicReader);
        thresholdStale = true;
    }

    public void Collect(int doc) => Collect(doc, scorer!.GetScore());

    /// <summary>Collects a document of the current segment whose score is already known.</summary>
    public void Collect(int doc, float score)
    {
        if (float.IsNaN(score))
        {
            score = float.NegativeInfinity;
        }

        if (count < heap.Length)
        {
            heap[count] = Create(score, doc);
            SiftUp(count++);
            thresholdStale = true;
            return;
        }

        var bottom = heap[0];
        if (score < bottom.Score || (score == bottom.Score && ids!.Ords[doc] >= BottomOrdThreshold()))
        {
            return;
        }

        heap[0] = Create(score, doc);
        SiftDown(0);
        thresholdStale = true;
    }

    /// <summary>The score a document must beat to be kept, once as many are kept as asked for.</summary>
    public bool TryGetWorstKept(out float score)
    {
        score = count == heap.Length && count > 0 ? heap[0].Score : float.NegativeInfinity;
        return count == heap.Length && count > 0;
    }

    /// <summary>The kept documents from position <paramref name="start"/>, best first.</summary>
    public ScoreDoc[] Page(int start, int size)
    {
        var sorted = heap.AsSpan(0, count).ToArray();
        Array.Sort(sorted, (a, b) => Worse(b, a) ? -1 : Worse(a, b) ? 1 : 0);
        var result = new ScoreDoc[Math.Max(0, Math.Min(size, sorted.Length - start))];
        for (var i = 0; i < result.Length; i++)
        {
            var entry = sorted[start + i];
            result[i] = new ScoreDoc(entry.Doc, float.IsNegativeInfinity(entry.Score) ? float.NaN : entry.Score);
        }

        return result;
    }

    private Entry Create(float score, int doc) => new(score, docBase + doc, ids!.Ords[doc], ids);

    private int BottomOrdThreshold()
    {
        if (!thresholdStale)
        {
            return bottomOrdThreshold;
        }

        thresholdStale = false;
        if (ids is not { HasIds: true })
        {
            return bottomOrdThreshold = int.MinValue;
        }

        var bottom = heap[0];
        if (ReferenceEquals(bottom.Segment, ids))
        {
            return bottomOrdThreshold = bottom.Ord;
        }

        // Ordinals follow byte order within a segment: an exact hit is the same id (deleted here), otherwise the insertion point.
        var found = ids.Find(IdOf(bottom));
        return bottomOrdThreshold = found >= 0 ? found : -found - 1;
    }

    private static ReadOnlySpan<byte> IdOf(Entry entry) => entry.Segment.Id(entry.Ord);

    /// <summary>Lower score is worse; on equal scores the larger id is worse (same segment: larger ordinal; without ids, all -1).</summary>
    private static bool Worse(Entry a, Entry b) =>
        a.Score < b.Score || (a.Score == b.Score && (ReferenceEquals(a.Segment, b.Segment)
            ? a.Ord > b.Ord
            : IdOf(a).SequenceCompareTo(IdOf(b)) > 0));

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(heap[i], heap[parent]))
            {
                return;
            }

            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            int left = (2 * i) + 1, right = left + 1;
            if (left < count && Worse(heap[left], heap[worst]))
            {
                worst = left;
            }

            if (right < count && Worse(heap[right], heap[worst]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }

    private sealed class Entry(float score, int doc, int ord, IdOrds segment)
    {
        public float Score { get; } = score;

        public int Doc { get; } = doc;

        public int Ord { get; } = ord;

        public IdOrds Segment { get; } = segment;
    }
}
