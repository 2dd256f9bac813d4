using Pipeline.Core.Enrichment;

namespace Pipeline.Core.Tests.Enrichment;

/// <summary>One enricher for all tests, as in production: loading the data once keeps the suite fast.</summary>
internal static class SharedEnricher
{
    private static readonly Lazy<Enricher> Lazy = new(Enricher.CreateDefault);

    public static Enricher Instance => Lazy.Value;

    public static IReadOnlyList<string> CountryCodes(string body, string title = "Untitled") =>
        Instance.Enrich(title, null, body).Countries.Select(c => c.Code).ToList();

    public static IReadOnlyList<string> TopicIds(string body, string title = "Untitled") =>
        Instance.Enrich(title, null, body).Topics.Select(t => t.Id).ToList();
}
