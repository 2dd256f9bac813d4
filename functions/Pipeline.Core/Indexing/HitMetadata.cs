using Pipeline.Core.Documents;

namespace Pipeline.Core.Indexing;

/// <summary>What a search hit shows besides its text, stored as one field so a hit needs one read.</summary>
public sealed record HitMetadata(
    string SourcePath,
    string? SourceETag,
    DateTimeOffset? Published,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> MainCountries,
    IReadOnlyList<string> Topics)
{
    /// <summary>A document's metadata: its countries and topics each once, in the order first named, and its main countries.</summary>
    public static HitMetadata Of(NormalizedDocument document) => new(
        document.SourcePath,
        document.SourceETag,
        document.Published,
        Distinct(document.Countries, c => c.Code),
        MainOf(document.Countries),
        Distinct(document.Topics, t => t.Id));

    private static List<string> MainOf(IReadOnlyList<CountryTag> countries)
    {
        var result = new List<string>(countries.Count);
        foreach (var country in countries)
        {
            if (country.Main)
            {
                result.Add(country.Code);
            }
        }

        return result;
    }

    // A document names a few countries and topics: a scan beats the hash set LINQ's Distinct builds, which was a hundredth of the build.
    private static List<string> Distinct<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var result = new List<string>(items.Count);
        foreach (var item in items)
        {
            var value = key(item);
            if (!result.Contains(value))
            {
                result.Add(value);
            }
        }

        return result;
    }
}
