using System.Globalization;
using Pipeline.Bench.Queries;

namespace Pipeline.Bench.Service;

public static class SearchUrls
{
    public static string For(BenchQuery query, int pageSize = 10, int facetSize = 20)
    {
        var parts = new List<string> { $"q={Uri.EscapeDataString(query.Lucene ?? string.Empty)}" };
        parts.AddRange(query.Countries.Select(c => $"country={c}"));
        parts.AddRange(query.Topics.Select(t => $"topic={Uri.EscapeDataString(t)}"));
        if (query.From is { } from)
        {
            parts.Add($"from={Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture))}");
        }

        if (query.To is { } to)
        {
            parts.Add($"to={Uri.EscapeDataString(to.ToString("O", CultureInfo.InvariantCulture))}");
        }

        parts.Add($"pageSize={pageSize}");
        parts.Add($"facetSize={facetSize}");
        return "/api/search?" + string.Join('&', parts);
    }

    public static string ForText(string text) => $"/api/search?q={Uri.EscapeDataString(text)}&pageSize=1&facetSize=1";
}
