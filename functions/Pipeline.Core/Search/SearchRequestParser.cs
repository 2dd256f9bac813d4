using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Pipeline.Core.Configuration;

namespace Pipeline.Core.Search;

/// <summary>Validates search query-string parameters into a <see cref="SearchRequest"/>, naming every problem it finds.</summary>
public sealed class SearchRequestParser(IFacetVocabulary vocabulary, IOptions<SearchOptions> options)
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "q", "country", "topic", "from", "to", "sort", "page", "pageSize", "facetSize",
    };

    public bool TryParse(
        IEnumerable<KeyValuePair<string, StringValues>> query, out SearchRequest request, out Dictionary<string, string[]> errors)
    {
        var settings = options.Value;
        var parameters = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var problems = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string name, string message) =>
            (problems.TryGetValue(name, out var list) ? list : problems[name] = []).Add(message);

        foreach (var name in parameters.Keys.Where(k => !Known.Contains(k)))
        {
            Fail(name, $"Unknown parameter '{name}'. Known parameters: {string.Join(", ", Known)}.");
        }

        var text = Single(parameters, "q", Fail);
        if (text is { Length: var length } && length > settings.MaxQueryLength)
        {
            Fail("q", $"The query is {length} characters long; the limit is {settings.MaxQueryLength}.");
        }

        var countries = Values(parameters, "country", FacetDimension.Country, v => v.ToUpperInvariant(), Fail);
        var topics = Values(parameters, "topic", FacetDimension.Topic, v => v.ToLowerInvariant(), Fail);
        var from = Date(parameters, "from", endOfDay: false, Fail);
        var to = Date(parameters, "to", endOfDay: true, Fail);
        if (from > to)
        {
            Fail("from", "'from' is after 'to'.");
        }

        var sort = SearchSort.Relevance;
        if (Single(parameters, "sort", Fail) is { } sortText && !Enum.TryParse(sortText, ignoreCase: true, out sort))
        {
            Fail("sort", $"Unknown sort '{sortText}'; use relevance, newest or oldest.");
        }

        var page = Integer(parameters, "page", 1, 1, int.MaxValue, Fail);
        var pageSize = Integer(parameters, "pageSize", settings.DefaultPageSize, 1, settings.MaxPageSize, Fail);
        var facetSize = Integer(parameters, "facetSize", settings.DefaultFacetSize, 1, settings.MaxFacetSize, Fail);
        if ((long)page * pageSize > settings.MaxResultWindow)
        {
            Fail("page", $"Page {page} of size {pageSize} is past the first {settings.MaxResultWindow} results, the limit for paging; narrow the query or add filters.");
        }

        request = new SearchRequest(text, countries, topics, from, to, sort, page, pageSize, facetSize);
        errors = problems.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        return errors.Count == 0;
    }

    private static string? Single(Dictionary<string, StringValues> parameters, string name, Action<string, string> fail)
    {
        if (!parameters.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            fail(name, $"'{name}' may be given once.");
        }

        return values[0];
    }

    private List<string> Values(
        Dictionary<string, StringValues> parameters, string name, FacetDimension dimension, Func<string, string> canonical, Action<string, string> fail)
    {
        var result = new List<string>();
        if (!parameters.TryGetValue(name, out var values))
        {
            return result;
        }

        foreach (var raw in values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var value = canonical(raw);
            if (!vocabulary.IsKnown(dimension, value))
            {
                fail(name, $"Unknown {name} '{raw}'.");
            }
            else if (!result.Contains(value))
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static DateTimeOffset? Date(Dictionary<string, StringValues> parameters, string name, bool endOfDay, Action<string, string> fail)
    {
        var text = Single(parameters, name, fail);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var time = endOfDay ? TimeOnly.MaxValue : TimeOnly.MinValue;
            return new DateTimeOffset(day.ToDateTime(time), TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            && text.Contains('T', StringComparison.Ordinal))
        {
            return instant;
        }

        fail(name, $"'{text}' is not an ISO 8601 date (yyyy-MM-dd) or date-time.");
        return null;
    }

    private static int Integer(
        Dictionary<string, StringValues> parameters, string name, int fallback, int min, int max, Action<string, string> fail)
    {
        var text = Single(parameters, name, fail);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            fail(name, $"'{name}' must be a whole number from {min} to {max}; got '{text}'.");
            return fallback;
        }

        return value;
    }
}
