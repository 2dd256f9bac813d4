using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Enrichment;
using Pipeline.Core.Indexing;

namespace Pipeline.Core.Search;

/// <summary>Turns a request into a Lucene query: the user's query with country names expanded, plus the date range.</summary>
public sealed class QueryBuilder(IFacetVocabulary vocabulary, CountryGazetteer gazetteer, IOptions<SearchOptions> options)
{
    private readonly CountryQueryExpander expander = new(gazetteer);

    /// <summary>Parses the free-text part; throws <see cref="ParseException"/> for bad syntax, unknown fields or too many clauses.</summary>
    public Query ParseText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MatchAllDocsQuery();
        }

        var parser = new PipelineQueryParser(vocabulary, gazetteer)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
            AutoGeneratePhraseQueries = true,
        };
        var query = ParseReportingUserPositions(parser, text, expander.Expand(text));
        var clauses = CountClauses(query);
        if (clauses > options.Value.MaxClauses)
        {
            throw new ParseException($"The query has {clauses} clauses; the limit is {options.Value.MaxClauses}.");
        }

        return query;
    }

    /// <summary>Parses the expanded text once; on an error, the user's own text says where, in positions they typed.</summary>
    private static Query ParseReportingUserPositions(PipelineQueryParser parser, string text, string expanded)
    {
        try
        {
            return parser.Parse(expanded);
        }
        catch (ParseException) when (!string.Equals(expanded, text, StringComparison.Ordinal))
        {
            parser.Parse(text);
            throw;
        }
    }

    public static Query WithDateRange(Query query, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is null && to is null)
        {
            return query;
        }

        var filter = new PublishedRangeFilter(from?.ToUnixTimeMilliseconds(), to?.ToUnixTimeMilliseconds());
        return new FilteredQuery(query, filter);
    }

    private static int CountClauses(Query query) =>
        query is BooleanQuery boolean ? boolean.Clauses.Sum(clause => CountClauses(clause.Query)) : 1;
}
