using Pipeline.Core.Documents;

namespace Pipeline.Core.Enrichment;

/// <summary>Finds the countries and topics a document talks about, with evidence. Immutable and thread-safe: build once, share.</summary>
public sealed class Enricher(CountryGazetteer gazetteer, TopicTaxonomy taxonomy)
{
    public const string TitleField = "title";
    public const string SubtitleField = "subtitle";
    public const string BodyField = "body";

    public static Enricher CreateDefault() => new(CountryGazetteer.LoadEmbedded(), TopicTaxonomy.LoadEmbedded());

    /// <summary>Evidence offsets index the field they name; CountryTag.FirstOffset indexes title + subtitle + body, each followed by one separator.</summary>
    public Documents.Enrichment Enrich(string title, string? subtitle, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var subtitleText = subtitle ?? string.Empty;
        using var titleField = new FieldText(TitleField, title, 0);
        using var subtitleField = new FieldText(SubtitleField, subtitleText, title.Length + 1);
        using var bodyField = new FieldText(BodyField, body, title.Length + 1 + subtitleText.Length + 1);
        FieldText[] fields = [titleField, subtitleField, bodyField];

        var scratch = EnrichmentScratch.Rent();
        try
        {
            using var topicTally = new TopicTally(taxonomy, scratch.TopicHits, scratch.DistinctCues);
            foreach (var field in fields)
            {
                CountryMatcher.Match(gazetteer, field, scratch.CountryMatches);
                TopicMatcher.Match(taxonomy, field, topicTally);
            }

            OneSensePerDocument.Apply(scratch.CountryMatches);
            var combinedLength = bodyField.CombinedOffset + body.Length;
            var countries = CountrySalience.Rank(gazetteer, scratch.CountryMatches, combinedLength, scratch.Surfaces);
            return new Documents.Enrichment(countries, topicTally.ToTags(scratch.Surfaces));
        }
        finally
        {
            EnrichmentScratch.Return(scratch);
        }
    }
}
