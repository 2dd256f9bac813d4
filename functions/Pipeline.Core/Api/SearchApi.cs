using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Microsoft.Extensions.Primitives;
using Pipeline.Core.Problems;
using Pipeline.Core.Search;

namespace Pipeline.Core.Api;

/// <summary>GET /api/search: validates the query string, searches, and turns every kind of bad input into a 400.</summary>
public sealed class SearchApi(SearchRequestParser parser, SearchService search)
{
    public ApiResult Search(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        if (!parser.TryParse(query, out var request, out var errors))
        {
            return ApiResult.Problem(ApiProblem.BadRequest(string.Join(" ", errors.SelectMany(e => e.Value)), errors));
        }

        try
        {
            return ApiResult.Ok(search.Search(request));
        }
        catch (ParseException e)
        {
            return BadQuery($"The query could not be parsed: {FirstLine(e.Message)}");
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return BadQuery($"The query expands to more than {BooleanQuery.MaxClauseCount} clauses; make it more specific.");
        }
    }

    private static ApiResult BadQuery(string detail) =>
        ApiResult.Problem(ApiProblem.BadParameter("q", detail));

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
