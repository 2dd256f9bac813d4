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

    /// <param name="matches">In document order (title, subtitle, body), as the matcher finds them.</param>
    public static IReadOnlyList<CountryTag> Rank(CountryGazetteer gazetteer, List<CountryMatch> matches, int combinedLength, SurfaceStrings surfaces)
    {
        if (matches.Count == 0)
        {
            return [];
        }

        var groups = GroupByCountry(matches);
        var scored = new List<Scored>(groups.Count);
        foreach (var group in groups)
        {
            if (group.Plain)
            {
                scored.Add(Score(group, matches, combinedLength));
            }
        }

        if (scored.Count == 0)
        {
            return [];
        }

        scored.Sort(static (a, b) =>
        {
            var order = b.Salience.CompareTo(a.Salience);
            order = order != 0 ? order : b.Group.Count.CompareTo(a.Group.Count);
            order = order != 0 ? order : a.FirstOffset.CompareTo(b.FirstOffset);
            return order != 0 ? order : string.CompareOrdinal(a.Group.Code, b.Group.Code);
        });

        var top = scored[0].Salience;
        var tags = new CountryTag[scored.Count];
        for (var rank = 0; rank < scored.Count; rank++)
        {
            var s = scored[rank];
            var main = rank == 0 || (s.Salience >= MainFractionOfTop * top && (s.Group.Count >= 2 || s.InTitle));
            tags[rank] = new CountryTag(
                s.Group.Code, gazetteer.NameOf(s.Group.Code), s.Group.Count, s.FirstOffset, s.InTitle, s.Salience, main, EvidenceOf(s.Group, matches, surfaces));
        }

        return tags;
    }

    // Mentions of one country, linked through Next so that grouping needs no list per country.
    private static List<Group> GroupByCountry(List<CountryMatch> matches)
    {
        var groups = new List<Group>();
        var next = new int[matches.Count];
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            next[m] = -1;
            var group = Find(groups, match.Code);
            if (group is null)
            {
                group = new Group(match.Code, next) { First = m, Last = m };
                groups.Add(group);
            }
            else
            {
                next[group.Last] = m;
                group.Last = m;
            }

            group.Count++;
            group.Plain |= !match.Weak;
        }

        return groups;
    }

    // Linear: a document names few distinct countries, and codes are shared strings, so most comparisons are by reference.
    private static Group? Find(List<Group> groups, string code)
    {
        foreach (var group in groups)
        {
            if (group.Code == code)
            {
                return group;
            }
        }

        return null;
    }

    private static Scored Score(Group group, List<CountryMatch> matches, int combinedLength)
    {
        bool inTitle = false, inSubtitle = false;
        for (var m = group.First; m >= 0; m = group.Next[m])
        {
            inTitle |= matches[m].Field.Field == Enricher.TitleField;
            inSubtitle |= matches[m].Field.Field == Enricher.SubtitleField;
        }

        var count = group.Count;
        var firstOffset = matches[group.First].CombinedOffset;
        var countScore = count / (count + 2.0);
        var earliness = 1.0 - ((double)firstOffset / Math.Max(1, combinedLength));
        var titleScore = inTitle ? 1.0 : inSubtitle ? SubtitleTitleCredit : 0.0;
        var salience = (CountWeight * countScore) + (EarlinessWeight * earliness) + (TitleWeight * titleScore);
        return new Scored(group, firstOffset, inTitle, Math.Round(Math.Clamp(salience, 0, 1), 4));
    }

    private static Evidence[] EvidenceOf(Group group, List<CountryMatch> matches, SurfaceStrings surfaces)
    {
        var evidence = new Evidence[group.Count];
        var e = 0;
        for (var m = group.First; m >= 0; m = group.Next[m])
        {
            var match = matches[m];
            var text = surfaces.Get(match.Field.Original(match.Start, match.Length), match.Alias.Text);
            evidence[e++] = new Evidence(text, match.Field.Field, match.Start, match.Length);
        }

        return evidence;
    }

    private sealed class Group(string code, int[] next)
    {
        public string Code { get; } = code;

        public int[] Next { get; } = next;

        public int First { get; init; }

        public int Last { get; set; }

        public int Count { get; set; }

        public bool Plain { get; set; }
    }

    private sealed record Scored(Group Group, int FirstOffset, bool InTitle, double Salience);
}
