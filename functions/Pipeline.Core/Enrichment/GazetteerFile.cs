namespace Pipeline.Core.Enrichment;

/// <summary>The shape of Data/countries.json, as written by tools/gazetteer/generate.mjs.</summary>
internal sealed record GazetteerFile(string Source, string Licence, GazetteerRules Rules, IReadOnlyList<string> Blockers, IReadOnlyList<CountryEntry> Countries);

internal sealed record GazetteerRules(IReadOnlyList<string> PersonNotSurname, IReadOnlyList<string> UsStateBefore, IReadOnlyList<string> UsStateAfter);

internal sealed record CountryEntry(string Code, string Name, IReadOnlyList<AliasEntry> Aliases);

/// <param name="Ambiguous">"person", "us-state" or "common-word": which context rule must clear a match.</param>
internal sealed record AliasEntry(string Text, string? Kind, string? Lang, bool CaseSensitive, string? Ambiguous);
