using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Core.Search;

/// <summary>
/// Browsing (no text, no date range, relevance order): every live document matches with the same score, so facet counts
/// and the page come from per-segment arrays (histograms, ordinal → documents lists, documents in id order) instead of a
/// scorer, a collector and a visit of every document.
/// </summary>
internal static class MatchAllSearch
{
    private const byte InCountries = 1;
    private const byte InTopics = 2;

    public static ScoreDoc[] Collect(IndexSearcher searcher, Query matchAll, DrillSidewaysCounts counts, int start, int pageSize, out long total)
    {
        var best = pageSize > 0 ? new TopScoreThenIdCollector(start + pageSize) : null;
        var score = ScoreOfEveryDocument(searcher, matchAll);
        total = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            counts.Countries.SetNextReader(leaf.AtomicReader);
            counts.Topics.SetNextReader(leaf.AtomicReader);
            best?.SetNextReader(leaf);
            total += counts.Countries.HasSelection || counts.Topics.HasSelection
                ? CollectSelected(leaf.AtomicReader, counts, best, score, start + pageSize)
                : CollectAll(leaf, counts, best, score, start + pageSize);
        }

        counts.Finish();
        return best?.Page(start, pageSize) ?? [];
    }

    /// <summary>No selection: counts are the segment's cached histograms, and the page is its first live documents by id.</summary>
    private static int CollectAll(AtomicReaderContext leaf, DrillSidewaysCounts counts, TopScoreThenIdCollector? best, float score, int wanted)
    {
        var live = leaf.AtomicReader.LiveDocs;
        counts.Countries.CountAllLive(live);
        counts.Topics.CountAllLive(live);
        if (best is not null)
        {
            // Every score is equal, so the best of this segment are its smallest ids; no later one can be kept.
            var taken = 0;
            foreach (var doc in IdOrds.For(leaf.AtomicReader).DocsInIdOrder)
            {
                if (taken == wanted)
                {
                    break;
                }

                if (live is null || live.Get(doc))
                {
                    best.Collect(doc, score);
                    taken++;
                }
            }
        }

        return leaf.AtomicReader.NumDocs;
    }

    /// <summary>
    /// With a selection: the documents of the selected values are marked from the cached ordinal → documents lists, and only
    /// they are visited. The same rule as DrillSidewaysCollector.Collect: each dimension counts the documents that satisfy
    /// the other one; hits satisfy both; a dimension without a selection is satisfied by every document.
    /// </summary>
    private static int CollectSelected(AtomicReader reader, DrillSidewaysCounts counts, TopScoreThenIdCollector? best, float score, int wanted)
    {
        var countries = counts.Countries;
        var topics = counts.Topics;
        var live = reader.LiveDocs;
        var maxDoc = reader.MaxDoc;
        var marks = ArrayPool<byte>.Shared.Rent(maxDoc);
        try
        {
            Array.Clear(marks, 0, maxDoc);
            countries.MarkSelected(marks, InCountries);
            topics.MarkSelected(marks, InTopics);

            // A dimension is counted over documents that satisfy the other: all of them when the other has no selection.
            if (!topics.HasSelection)
            {
                countries.CountAllLive(live);
            }

            if (!countries.HasSelection)
            {
                topics.CountAllLive(live);
            }

            var hits = 0;
            for (var doc = 0; doc < maxDoc; doc++)
            {
                var mark = marks[doc];
                if (mark == 0 || (live is not null && !live.Get(doc)))
                {
                    continue;
                }

                var inCountries = !countries.HasSelection || (mark & InCountries) != 0;
                var inTopics = !topics.HasSelection || (mark & InTopics) != 0;
                if (inTopics && topics.HasSelection)
                {
                    countries.Count(doc);
                }

                if (inCountries && countries.HasSelection)
                {
                    topics.Count(doc);
                }

                hits += inCountries && inTopics ? 1 : 0;
            }

            if (best is not null)
            {
                // Every score is equal: the segment's best are its first hits by id, and no later one can be kept.
                var taken = 0;
                foreach (var doc in IdOrds.For(reader).DocsInIdOrder)
                {
                    if (taken == wanted)
                    {
                        break;
                    }

                    var mark = marks[doc];
                    if ((live is null || live.Get(doc))
                        && (!countries.HasSelection || (mark & InCountries) != 0)
                        && (!topics.HasSelection || (mark & InTopics) != 0))
                    {
                        best.Collect(doc, score);
                        taken++;
                    }
                }
            }

            return hits;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(marks);
        }
    }

    /// <summary>The score Lucene gives every document of this query (constant; read from its scorer so it stays exact).</summary>
    private static float ScoreOfEveryDocument(IndexSearcher searcher, Query matchAll)
    {
        var weight = searcher.CreateNormalizedWeight(matchAll);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is not null && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                return scorer.GetScore();
            }
        }

        return 1f;
    }
}
