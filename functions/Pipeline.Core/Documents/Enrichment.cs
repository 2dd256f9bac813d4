namespace Pipeline.Core.Documents;

/// <summary>The countries and topics found in one document, most salient first.</summary>
public sealed record Enrichment(IReadOnlyList<CountryTag> Countries, IReadOnlyList<TopicTag> Topics);
