namespace Pipeline.Core.Enrichment;

/// <summary>One way of naming a country, as the matcher needs it; a null <paramref name="Code"/> is a blocker (New Mexico, guinea pig) that only consumes words.</summary>
internal sealed record CountryAlias(string? Code, string Text, bool CaseSensitive, Ambiguity Ambiguity)
{
    public bool IsBlocker => Code is null;

    /// <summary>The same words read as a US state (Georgia beside Atlanta): they still name a place in the United States.</summary>
    public CountryAlias AsUsState() => this with { Code = UnitedStates, Ambiguity = Ambiguity.None, ReadAsUsState = true };

    /// <summary>True for the stand-in made by <see cref="AsUsState"/>.</summary>
    public bool ReadAsUsState { get; private init; }

    public const string UnitedStates = "US";

    /// <summary>For case-sensitive aliases, every letter of the text must have the alias's case (US is not "us", Turkey is not "turkey").</summary>
    public bool CaseMatches(ReadOnlySpan<char> text)
    {
        if (!CaseSensitive)
        {
            return true;
        }

        var a = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            while (a < Text.Length && !char.IsLetter(Text[a]))
            {
                a++;
            }

            if (a == Text.Length || char.IsUpper(c) != char.IsUpper(Text[a]))
            {
                return false;
            }

            a++;
        }

        return true;
    }

    public static Ambiguity ParseAmbiguity(string? value) => value switch
    {
        null or "" => Ambiguity.None,
        "person" => Ambiguity.Person,
        "us-state" => Ambiguity.UsState,
        "common-word" => Ambiguity.CommonWord,
        "needs-support" => Ambiguity.NeedsSupport,
        _ => throw new InvalidDataException($"Unknown alias ambiguity '{value}'."),
    };
}
