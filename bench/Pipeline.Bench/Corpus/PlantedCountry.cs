namespace Pipeline.Bench.Corpus;

/// <summary>A country the generator can mention, with the varied names a news text uses for it.</summary>
public sealed record PlantedCountry(string Code, string Name, string Demonym, string Capital, IReadOnlyList<string> Alternatives)
{
    /// <summary>Every surface form: name, demonym, capital and alternative names.</summary>
    public IReadOnlyList<string> Forms { get; } = [Name, Demonym, Capital, .. Alternatives];
}
