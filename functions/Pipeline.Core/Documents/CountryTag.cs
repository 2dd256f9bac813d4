namespace Pipeline.Core.Documents;

/// <summary>A country a document talks about (ISO 3166-1 alpha-2, XK for Kosovo), with why we think so.</summary>
/// <param name="Salience">0..1; higher for more mentions, earlier mentions and mentions in the title.</param>
/// <param name="Main">True for the countries the document is mainly about.</param>
public sealed record CountryTag(
    string Code,
    string Name,
    int Mentions,
    int FirstOffset,
    bool InTitle,
    double Salience,
    bool Main,
    IReadOnlyList<Evidence> Evidence);
