using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Core.Search;

/// <summary>
/// One pass over the documents that match the query: hits are those that satisfy every facet selection, and each
/// dimension is counted over documents that satisfy all the other selections (Lucene.Net.Facet is not served here).
/// </summary>
internal sealed class DrillSidewaysCollector(ICollector? hits, DrillSidewaysCounts counts) : ICollector
{
    private readonly FacetFilter countries = counts.Countries;
    private readonly FacetFilter topics = counts.Topics;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => hits?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        hits?.SetNextReader(context);
        countries.SetNextReader(context.AtomicReader);
        topics.SetNextReader(context.AtomicReader);
    }

    public void Collect(int doc)
    {
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
            TotalHits++;
            hits?.Collect(doc);
        }
    }
}
