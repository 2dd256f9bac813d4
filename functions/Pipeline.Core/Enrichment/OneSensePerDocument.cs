namespace Pipeline.Core.Enrichment;

/// <summary>
/// A document that once shows Georgia to be the US state means the state every time it names Georgia without context
/// ("Georgia lawmakers ... in Atlanta ... groups in Georgia"), as a reader carries the sense forward.
/// </summary>
internal static class OneSensePerDocument
{
    public static void Apply(List<CountryMatch> matches)
    {
        var sawState = false;
        foreach (var match in matches)
        {
            sawState |= match.Alias.ReadAsUsState;
        }

        if (!sawState)
        {
            return;
        }

        for (var m = 0; m < matches.Count; m++)
        {
            if (matches[m].Alias.Ambiguity == Ambiguity.UsState)
            {
                matches[m] = matches[m] with { Alias = matches[m].Alias.AsUsState(), Weak = false };
            }
        }
    }
}
