using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Pipeline.Core.Enrichment;
using Pipeline.Core.Indexing;

namespace Pipeline.Core.Search;

/// <summary>
/// Lucene syntax over title, subtitle and body, AND by default; <c>country:</c> takes a code or any country name,
/// <c>topic:</c> a taxonomy id; any other field is refused with the list of fields there are.
/// </summary>
internal sealed class PipelineQueryParser(IFacetVocabulary vocabulary, CountryGazetteer gazetteer)
    : MultiFieldQueryParser(IndexSchema.Version, TextFields, SharedAnalyzer, Boosts)
{
    // A parser is per request (it is not thread-safe); what it is built from is not.
    private static readonly string[] TextFields = [.. IndexSchema.TextFieldBoosts.Keys];
    private static readonly PipelineAnalyzer SharedAnalyzer = new();
    private static readonly Dictionary<string, float> Boosts = IndexSchema.TextFieldBoosts.ToDictionary();

    public static readonly string KnownFields = string.Join(", ", IndexSchema.TextFieldBoosts.Keys.Append(IndexSchema.Country).Append(IndexSchema.Topic));

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        Keyword(field, queryText) ?? base.GetFieldQuery(CheckTextField(field), queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        Keyword(field, queryText) ?? base.GetFieldQuery(CheckTextField(field), queryText, slop);

    protected override Query GetPrefixQuery(string field, string termStr) => base.GetPrefixQuery(CheckTextField(field), termStr);

    protected override Query GetWildcardQuery(string field, string termStr) => base.GetWildcardQuery(CheckTextField(field), termStr);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(CheckTextField(field), termStr, minSimilarity);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(CheckTextField(field), part1, part2, startInclusive, endInclusive);

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new ParseException("Regular expressions are not supported; use wildcards (* and ?) or fuzzy terms (~).");

    private TermQuery? Keyword(string? field, string text)
    {
        if (field == IndexSchema.Country)
        {
            var code = text.Length == 2 && vocabulary.IsKnown(FacetDimension.Country, text.ToUpperInvariant())
                ? text.ToUpperInvariant()
                : gazetteer.TryResolve(text, out var resolved) ? resolved : null;
            return code is null
                ? throw new ParseException($"Unknown country '{text}': use an ISO 3166-1 alpha-2 code (country:TR) or a name (country:Turkey).")
                : new TermQuery(new Term(IndexSchema.Country, code));
        }

        if (field == IndexSchema.Topic)
        {
            var id = text.ToLowerInvariant();
            return vocabulary.IsKnown(FacetDimension.Topic, id)
                ? new TermQuery(new Term(IndexSchema.Topic, id))
                : throw new ParseException($"Unknown topic '{text}': use a topic id such as topic:diplomacy (see the topic facet).");
        }

        return null;
    }

    private static string CheckTextField(string? field) =>
        field is null || IndexSchema.TextFieldBoosts.ContainsKey(field)
            ? field!
            : throw new ParseException($"Unknown field '{field}'. Fields: {KnownFields}.");
}
