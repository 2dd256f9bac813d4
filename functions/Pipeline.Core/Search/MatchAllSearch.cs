using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Core.Search;

/// <summary>
/// Browsing (no text, no date range, relevance order): every live document matches with the same score, so one plain loop
/// over each segment's arrays does what the scorer, bulk scorer and collector chain would, with no call per document.
/// </summary>
internal static class MatchAllSearch
{
    public static ScoreDoc[] Collect(IndexSearcher searcher, Query matchAll, DrillSidewaysCounts counts, int start, int pageSize, out long total)
    {
        var best = pageSize > 0 ? new TopScoreThenIdCollector(start + pageSize) : null;
        var score = ScoreOfEveryDocument(searcher, matchAll);
        var countries = counts.Countries;
        var topics = counts.Topics;
        total = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            countries.SetNextReader(reader);
            topics.SetNextReader(reader);
            best?.SetNextReader(leaf);
            var live = reader.LiveDocs;
            var maxDoc = reader.MaxDoc;
            for (var doc = 0; doc < maxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                // The same rule as DrillSidewaysCollector.Collect.
                var inCountries = countries.Load(doc);
                var inTopics = topics.Load(doc);
                if (inTopics)
                {
                    countries.CountLoaded();
                }

                if (inCountries)
                {
                    topics.CountLoaded();
                }

                if (inCountries && inTopics)
                {
                    total++;
                    best?.Collect(doc, score);
                }
            }
        }

        counts.Finish();
        return best?.Page(start, pageSize) ?? [];
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
