using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pipeline.Core.Indexing;

namespace Pipeline.Core.Search;

/// <summary>
/// Documents published from <paramref name="from"/> to <paramref name="to"/> (Unix milliseconds, both included; null for
/// open): the days strictly between come whole from the day terms, and only the first and last day's documents are
/// checked against the exact time in doc values. Segments written before the day field held the date as millisecond
/// terms, which are searched as well, so an older index answers the same.
/// </summary>
internal sealed class PublishedRangeFilter : Filter
{
    private readonly long? from;
    private readonly long? to;
    private readonly long lowest;
    private readonly long highest;
    private readonly NumericRangeFilter<int> innerDays;
    private readonly BytesRef[] edgeDays;
    private readonly NumericRangeFilter<long> milliseconds;

    public PublishedRangeFilter(long? from, long? to)
    {
        this.from = from;
        this.to = to;
        lowest = from ?? long.MinValue;
        highest = to ?? long.MaxValue;
        int? firstDay = from is { } start ? IndexSchema.DayOf(start) : null;
        int? lastDay = to is { } end ? IndexSchema.DayOf(end) : null;
        innerDays = Days(firstDay + 1, lastDay - 1);
        edgeDays = [.. new[] { firstDay, lastDay }.OfType<int>().Distinct().Select(FullPrecisionTerm)];
        milliseconds = NumericRangeFilter.NewInt64Range(IndexSchema.LegacyPublished, from, to, true, true);
    }

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        // The inner days' set is built for this call (MultiTermQueryWrapperFilter): the edges are added to it, not copied.
        var inner = innerDays.GetDocIdSet(context, acceptDocs);
        var matches = inner as FixedBitSet ?? new FixedBitSet(reader.MaxDoc);
        if (!ReferenceEquals(matches, inner))
        {
            Or(matches, inner);
        }

        // Each edge day is one full-precision term: its documents are read straight from its postings, with no set of their own.
        if (edgeDays.Length > 0
            && reader.GetTerms(IndexSchema.PublishedDay) is { } days
            && reader.GetNumericDocValues(IndexSchema.PublishedSort) is { } exact)
        {
            var terms = days.GetEnumerator();
            DocsEnum? postings = null;
            foreach (var edge in edgeDays)
            {
                if (terms.SeekExact(edge))
                {
                    postings = terms.Docs(acceptDocs, postings, DocsFlags.NONE);
                    OrOnExactTime(matches, postings, exact);
                }
            }
        }

        if (reader.GetTerms(IndexSchema.LegacyPublished) is not null)
        {
            Or(matches, milliseconds.GetDocIdSet(context, acceptDocs));
        }

        return matches;
    }

    public override bool Equals(object? obj) => obj is PublishedRangeFilter other && other.from == from && other.to == to;

    public override int GetHashCode() => HashCode.Combine(from, to);

    public override string ToString() => $"{IndexSchema.PublishedSort}:[{from} TO {to}]";

    private static NumericRangeFilter<int> Days(int? first, int? last) =>
        NumericRangeFilter.NewInt32Range(IndexSchema.PublishedDay, IndexSchema.PublishedDayPrecisionStep, first, last, true, true);

    private static void Or(FixedBitSet matches, DocIdSet? set)
    {
        if (set?.GetIterator() is { } iterator)
        {
            matches.Or(iterator);
        }
    }

    private void OrOnExactTime(FixedBitSet matches, DocsEnum postings, NumericDocValues exact)
    {
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            var value = exact.Get(doc);
            if (value >= lowest && value <= highest)
            {
                matches.Set(doc);
            }
        }
    }

    private static BytesRef FullPrecisionTerm(int day)
    {
        var term = new BytesRef(NumericUtils.BUF_SIZE_INT32);
        NumericUtils.Int32ToPrefixCodedBytes(day, 0, term);
        return term;
    }
}
