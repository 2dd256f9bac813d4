using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Pipeline.Core.Search.Postings;

/// <summary>
/// Searches what plain words make (<see cref="TermGroups"/>) from dense term arrays instead of Lucene's scorers: the total
/// and the drill-sideways counts from bit sets, and each hit's BM25 score from its frequency and length bytes through a
/// table filled by the same Lucene similarity, so scores equal what Lucene's scorers give (summed in clause order).
/// Broad queries visit every match either way; this makes a visit a few array reads instead of several virtual calls.
/// </summary>
internal sealed class TermGroupSearch(TermDocsCache cache)
{
    // Documents a term's walk takes before the others take theirs and the bound is looked at again.
    private const int WalkStep = 128;

    /// <summary>Whether scores can be computed here exactly as Lucene does: BM25, whose query norm and coordination are 1.</summary>
    public static bool Supports(IndexSearcher searcher) => searcher.Similarity.GetType() == typeof(BM25Similarity);

    /// <summary>Counts into <paramref name="counts"/> and returns the page (none when the page size is 0).</summary>
    public ScoreDoc[] Collect(
        IndexSearcher searcher, IReadOnlyList<IReadOnlyList<TermLeaf>> groups, DrillSidewaysCounts counts, int start, int pageSize, out long total)
    {
        var leaves = groups.SelectMany(group => group).ToArray();
        var segments = searcher.IndexReader.Leaves;
        var docs = new TermDocs?[segments.Count][];
        var docFreqs = Array.ConvertAll(leaves, leaf => new long[leaf.Terms.Length]);
        for (var s = 0; s < docs.Length; s++)
        {
            var reader = segments[s].AtomicReader;
            docs[s] = Array.ConvertAll(leaves, leaf => cache.Get(reader, leaf));
            for (var i = 0; i < leaves.Length; i++)
            {
                var leaf = leaves[i];
                for (var k = 0; k < leaf.Terms.Length; k++)
                {
                    docFreqs[i][k] += leaf.IsPhrase ? reader.DocFreq(leaf.Terms[k]) : docs[s][i]?.Count ?? 0;
                }
            }
        }

        var weights = new Weight[leaves.Length];
        for (var i = 0; i < leaves.Length; i++)
        {
            weights[i] = Weigh(searcher, leaves[i], docFreqs[i]);
        }

        var best = pageSize > 0 ? new TopScoreThenIdCollector(start + pageSize) : null;
        var pool = ArrayPool<ulong>.Shared;
        total = 0;
        for (var s = 0; s < docs.Length; s++)
        {
            var context = segments[s];
            var words = DocBits.WordsFor(context.AtomicReader.MaxDoc);
            var matched = pool.Rent(words);
            var scratch = pool.Rent(words);
            var hits = pool.Rent(words);
            try
            {
                var segment = new Segment(context, matched.AsSpan(0, words), scratch.AsSpan(0, words), hits.AsSpan(0, words));
                total += CollectSegment(searcher.Similarity, segment, groups, leaves, weights, docs[s], counts, best);
            }
            finally
            {
                pool.Return(matched);
                pool.Return(scratch);
                pool.Return(hits);
            }
        }

        counts.Finish();
        return best?.Page(start, pageSize) ?? [];
    }

    /// <summary>
    /// The leaf's BM25 weight, normalised as Lucene's term and phrase weights are inside the query (query norm 1 under
    /// BM25), from the document frequencies the segments' term arrays add up to (deleted documents included, as Lucene's).
    /// </summary>
    private static Weight Weigh(IndexSearcher searcher, TermLeaf leaf, long[] docFreqs)
    {
        var stats = searcher.CollectionStatistics(leaf.Field);
        var terms = leaf.Terms.Select((term, k) => new TermStatistics(term.Bytes, docFreqs[k], -1)).ToArray();
        var weight = searcher.Similarity.ComputeWeight(leaf.Boost, stats, terms);
        weight.Normalize(1f, leaf.ParentBoost);
        return new Weight(weight, (stats.SumTotalTermFreq, stats.MaxDoc));
    }

    /// <summary>A leaf's similarity weight, and the field statistics its impact classes are ordered under.</summary>
    private readonly record struct Weight(Similarity.SimWeight Sim, (long, long) StatsKey);

    private static long CollectSegment(
        Similarity similarity,
        Segment segment,
        IReadOnlyList<IReadOnlyList<TermLeaf>> groups,
        TermLeaf[] leaves,
        Weight[] weights,
        TermDocs?[] docs,
        DrillSidewaysCounts counts,
        TopScoreThenIdCollector? best)
    {
        var reader = segment.Context.AtomicReader;
        counts.Countries.SetNextReader(reader);
        counts.Topics.SetNextReader(reader);
        var live = DocBits.Live(reader);
        if (!Match(segment, groups, docs, live))
        {
            return 0;
        }

        var total = CountFacets(segment, counts, reader, live);
        if (best is not null && total > 0)
        {
            Score(similarity, segment, leaves, weights, docs, best, total);
        }

        return total;
    }

    /// <summary>Live documents that match every group into <c>Matched</c>; false when none can.</summary>
    private static bool Match(Segment segment, IReadOnlyList<IReadOnlyList<TermLeaf>> groups, TermDocs?[] docs, ulong[] live)
    {
        var matched = segment.Matched;
        var group = segment.Scratch;
        live.AsSpan(0, matched.Length).CopyTo(matched);
        var leaf = 0;
        foreach (var clauses in groups)
        {
            group.Clear();
            var any = false;
            for (var end = leaf + clauses.Count; leaf < end; leaf++)
            {
                if (docs[leaf] is { } termDocs)
                {
                    termDocs.AddTo(group);
                    any = true;
                }
            }

            if (!any)
            {
                return false;
            }

            DocBits.And(matched, group);
        }

        return true;
    }

    /// <summary>
    /// Each dimension counted over the matches that satisfy the other's selection, hits into <c>Hits</c> (matches that satisfy
    /// both); returns how many hits. The same rule as DrillSidewaysCollector.
    /// </summary>
    private static int CountFacets(Segment segment, DrillSidewaysCounts counts, AtomicReader reader, ulong[] liveWords)
    {
        var (countries, topics) = (counts.Countries, counts.Topics);
        var live = liveWords.AsSpan(0, segment.Matched.Length);
        var hits = segment.Hits;
        var selection = segment.Scratch;
        segment.Matched.CopyTo(hits);

        // Topics are counted over matches in the selected countries, which are also the hits before the topic selection.
        if (countries.HasSelection)
        {
            Mark(countries, selection);
            DocBits.And(hits, selection);
        }

        topics.CountSet(hits, DocBits.Count(hits), live, reader.LiveDocs, reader.NumDocs);
        if (!topics.HasSelection)
        {
            countries.CountSet(segment.Matched, DocBits.Count(segment.Matched), live, reader.LiveDocs, reader.NumDocs);
            return DocBits.Count(hits);
        }

        Mark(topics, selection);
        DocBits.And(hits, selection);
        DocBits.And(segment.Matched, selection);
        countries.CountSet(segment.Matched, DocBits.Count(segment.Matched), live, reader.LiveDocs, reader.NumDocs);
        return DocBits.Count(hits);
    }

    private static void Mark(FacetFilter filter, Span<ulong> bits)
    {
        bits.Clear();
        filter.MarkSelected(bits);
    }

    /// <summary>
    /// The hits that can reach the page, scored and collected: each term's impact classes are walked best first, the terms
    /// taking steps in turn, until the worst kept score beats the best any unvisited hit could have, the sum of every
    /// term's current class score (Fagin's threshold algorithm). Each visited hit is scored exactly from the arrays.
    /// </summary>
    private static void Score(
        Similarity similarity, Segment segment, TermLeaf[] leaves, Weight[] weights, TermDocs?[] docs, TopScoreThenIdCollector best, int hitCount)
    {
        var context = segment.Context;
        var present = Enumerable.Range(0, leaves.Length).Where(i => docs[i] is not null).ToArray();
        var terms = Array.ConvertAll(present, i => new ScoredTerm(
            docs[i]!, similarity.GetSimScorer(weights[i].Sim, context), SegmentNorms.For(context.AtomicReader, leaves[i].Field)));
        var seen = ArrayPool<ulong>.Shared.Rent(segment.Hits.Length);
        try
        {
            best.SetNextReader(context);
            if (!terms.All(term => term.HasClasses))
            {
                ScoreEveryHit(segment.Hits, terms, best);
                return;
            }

            for (var t = 0; t < terms.Length; t++)
            {
                terms[t].StartWalk(weights[present[t]].StatsKey);
            }

            seen.AsSpan(0, segment.Hits.Length).Clear();
            var unseen = hitCount;
            while (unseen > 0)
            {
                var bound = 0f;
                var walking = false;
                foreach (var term in terms)
                {
                    if (term.CurrentScore != float.NegativeInfinity)
                    {
                        bound += term.CurrentScore;
                        walking = true;
                    }
                }

                // Scores are summed in another order than the bound: a margin keeps the bound above any unvisited hit's score.
                if (!walking || (best.TryGetWorstKept(out var worst) && worst > bound + (Math.Abs(bound) * 1e-5f)))
                {
                    break;
                }

                // Every term walks a step in turn, as in Fagin's threshold algorithm, so each one's bound comes down.
                foreach (var term in terms)
                {
                    if (term.CurrentScore == float.NegativeInfinity)
                    {
                        continue;
                    }

                    foreach (var doc in term.NextDocs(WalkStep))
                    {
                        if (!DocBits.Get(segment.Hits, doc) || DocBits.Get(seen, doc))
                        {
                            continue;
                        }

                        DocBits.Set(seen, doc);
                        unseen--;
                        best.Collect(doc, ScoreOf(doc, terms));
                    }
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(seen);
            foreach (var term in terms)
            {
                term.Dispose();
            }
        }
    }

    /// <summary>Every hit scored, for clauses searched for the first time (see <see cref="TermDocs.ClassesOnceReused"/>).</summary>
    private static void ScoreEveryHit(ReadOnlySpan<ulong> hits, ScoredTerm[] terms, TopScoreThenIdCollector best)
    {
        for (var w = 0; w < hits.Length; w++)
        {
            var word = hits[w];
            while (word != 0)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                best.Collect(doc, ScoreOf(doc, terms));
            }
        }
    }

    /// <summary>The document's score: every term it has, in clause order, as Lucene's Boolean scorer adds them.</summary>
    private static float ScoreOf(int doc, ScoredTerm[] terms)
    {
        var score = 0f;
        foreach (var term in terms)
        {
            score += term.Score(doc);
        }

        return score;
    }

    private readonly ref struct Segment(AtomicReaderContext context, Span<ulong> matched, Span<ulong> scratch, Span<ulong> hits)
    {
        public AtomicReaderContext Context { get; } = context;

        public Span<ulong> Matched { get; } = matched;

        public Span<ulong> Scratch { get; } = scratch;

        public Span<ulong> Hits { get; } = hits;
    }
}
