namespace Pipeline.Bench.Corpus;

/// <summary>What the generator planted in one file: the ground truth a reader of the corpus can check enrichment against.</summary>
public sealed record ManifestEntry(
    string Path,
    string Format,
    int Bytes,
    DateTimeOffset Published,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> CountryForms,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> RareWords,
    IReadOnlyList<string> Phrases);
