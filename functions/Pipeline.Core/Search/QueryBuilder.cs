using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Pipeline.Core.Indexing;

namespace Pipeline.Core.Search;

/// <summary>Turns a request into a Lucene query: Lucene syntax over title, subtitle and body (AND by default), plus the date range.</summary>
public static class QueryBuilder
{
    private static readonly string[] TextFields = [.. IndexSchema.TextFieldBoosts.Keys];

    /// <summary>Parses the free-text part; throws <see cref="ParseException"/> for bad syntax.</summary>
    public static Query ParseText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MatchAllDocsQuery();
        }

        var parser = new MultiFieldQueryParser(IndexSchema.Version, TextFields, new PipelineAnalyzer(), IndexSchema.TextFieldBoosts.ToDictionary())
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        return parser.Parse(text);
    }

    public static Query WithDateRange(Query query, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is null && to is null)
        {
            return query;
        }

        var filter = NumericRangeFilter.NewInt64Range(
            IndexSchema.Published, from?.ToUnixTimeMilliseconds(), to?.ToUnixTimeMilliseconds(), true, true);
        return new FilteredQuery(query, filter);
    }
}
