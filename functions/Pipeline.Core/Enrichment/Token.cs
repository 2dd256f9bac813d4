namespace Pipeline.Core.Enrichment;

/// <summary>One word of a field: its span, its span without a possessive 's, and how it sits in the sentence.</summary>
/// <param name="StemLength">Length without a trailing possessive ('s, ’s); equals <paramref name="Length"/> when there is none.</param>
/// <param name="JoinedToPrevious">Only spaces or hyphens separate it from the previous token, so a phrase may continue across.</param>
/// <param name="SentenceStart">First word of the field, of a line or of a sentence: its capital says nothing.</param>
/// <param name="Capitalised">The first letter is upper case.</param>
/// <param name="HasPeriod">Contains an abbreviation period (U.S.), dropped from its lookup key.</param>
internal readonly record struct Token(
    int Start,
    int Length,
    int StemLength,
    bool JoinedToPrevious,
    bool SentenceStart,
    bool Capitalised,
    bool HasPeriod)
{
    public int End => Start + Length;

    public bool IsPossessive => StemLength < Length;
}
