using Pipeline.Core.Documents;

namespace Pipeline.Core.Enrichment;

/// <summary>One accepted mention of a country; <paramref name="Weak"/> mentions count only if the country is also named plainly.</summary>
internal sealed record CountryMatch(string Code, Evidence Evidence, int CombinedOffset, bool Weak);
