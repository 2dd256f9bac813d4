namespace Pipeline.Core.Enrichment;

/// <summary>One accepted mention of a country, kept as positions until ranking; <paramref name="Weak"/> mentions count only if the country is also named plainly.</summary>
internal readonly record struct CountryMatch(CountryAlias Alias, FieldText Field, int Start, int Length, bool Weak)
{
    public string Code => Alias.Code!;

    public int CombinedOffset => Field.CombinedOffset + Start;
}
