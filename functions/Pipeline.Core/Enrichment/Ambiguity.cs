namespace Pipeline.Core.Enrichment;

/// <summary>Why an alias may not mean the country, and so which context rule a match must pass.</summary>
internal enum Ambiguity
{
    None,

    /// <summary>Also a first name (Chad, Jordan, Israel): not when a surname-like capitalised word follows.</summary>
    Person,

    /// <summary>Also a US state (Georgia): not next to US-state context (Atlanta, Georgia; Georgia, USA; state of Georgia).</summary>
    UsState,

    /// <summary>Also an English word (Turkey, China): a capital at a sentence start or in a Title Case title does not prove it.</summary>
    CommonWord,

    /// <summary>Mostly names something else in news (Brussels for the EU, Córdoba in Spain): always weak, so it needs the country named plainly too.</summary>
    NeedsSupport,
}
