using Pipeline.Core.Documents;

namespace Pipeline.Core.Enrichment;

/// <summary>Turns accepted mentions into ranked country tags: salience mixes mention count, earliness and title presence.</summary>
internal static class CountrySalience
{
    private const double CountWeight = 0.5;
    private const double EarlinessWeight = 0.2;
    private const double TitleWeight = 0.3;
    private const double SubtitleTitleCredit = 0.5;
    private const double MainFractionOfTop = 0.5;

    public static IReadOnlyList<CountryTag> Rank(CountryGazetteer gazetteer, IReadOnlyList<CountryMatch> matches, int combinedLength)
    {
        var plainlyNamed = matches.Where(m => !m.Weak).Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var scored = matches
            .Where(m => plainlyNamed.Contains(m.Code))
            .GroupBy(m => m.Code, StringComparer.Ordinal)
            .Select(g => Score(g.Key, [.. g.OrderBy(m => m.CombinedOffset)], combinedLength))
            .OrderByDescending(s => s.Salience)
            .ThenByDescending(s => s.Mentions.Count)
            .ThenBy(s => s.FirstOffset)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var top = scored[0].Salience;
        return scored.Select((s, rank) => new CountryTag(
                s.Code,
                gazetteer.NameOf(s.Code),
                s.Mentions.Count,
                s.FirstOffset,
                s.InTitle,
                s.Salience,
                rank == 0 || (s.Salience >= MainFractionOfTop * top && (s.Mentions.Count >= 2 || s.InTitle)),
                s.Mentions.Select(m => m.Evidence).ToList()))
            .ToList();
    }

    private static Scored Score(string code, List<CountryMatch> mentions, int combinedLength)
    {
        var count = mentions.Count;
        var firstOffset = mentions[0].CombinedOffset;
        var inTitle = mentions.Exists(m => m.Evidence.Field == "title");
        var inSubtitle = mentions.Exists(m => m.Evidence.Field == "subtitle");
        var countScore = count / (count + 2.0);
        var earliness = 1.0 - ((double)firstOffset / Math.Max(1, combinedLength));
        var titleScore = inTitle ? 1.0 : inSubtitle ? SubtitleTitleCredit : 0.0;
        var salience = (CountWeight * countScore) + (EarlinessWeight * earliness) + (TitleWeight * titleScore);
        return new Scored(code, mentions, firstOffset, inTitle, Math.Round(Math.Clamp(salience, 0, 1), 4));
    }

    private sealed record Scored(string Code, List<CountryMatch> Mentions, int FirstOffset, bool InTitle, double Salience);
}
