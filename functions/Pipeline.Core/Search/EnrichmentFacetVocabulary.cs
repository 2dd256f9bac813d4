using Pipeline.Core.Enrichment;

namespace Pipeline.Core.Search;

/// <summary>Facet values and labels come from the same gazetteer and taxonomy that tagged the documents.</summary>
public sealed class EnrichmentFacetVocabulary(CountryGazetteer gazetteer, TopicTaxonomy taxonomy) : IFacetVocabulary
{
    private readonly HashSet<string> countryCodes = gazetteer.Codes.ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> topicIds = taxonomy.Ids.ToHashSet(StringComparer.Ordinal);

    public bool IsKnown(FacetDimension dimension, string value) => dimension switch
    {
        FacetDimension.Country => countryCodes.Contains(value),
        FacetDimension.Topic => topicIds.Contains(value),
        _ => false,
    };

    public string Label(FacetDimension dimension, string value) => dimension switch
    {
        FacetDimension.Country when countryCodes.Contains(value) => gazetteer.NameOf(value),
        FacetDimension.Topic when topicIds.Contains(value) => taxonomy.LabelOf(value),
        _ => value,
    };
}
