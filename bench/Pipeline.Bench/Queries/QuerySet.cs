using Pipeline.Bench.Corpus;

namespace Pipeline.Bench.Queries;

/// <summary>The fixed query list, by class, drawn from the generator's vocabulary so it is the same for every corpus size.</summary>
public static class QuerySet
{
    public const string CommonTerm = "common term";
    public const string RareTerm = "rare term";
    public const string TwoTerms = "two terms";
    public const string Phrase = "phrase";
    public const string TermCountry = "term + country";
    public const string TermCountryTopic = "term + country + topic";
    public const string MatchAll = "match-all with facets";
    public const string TermDates = "term + published range";

    public static IReadOnlyList<string> Classes { get; } = [CommonTerm, RareTerm, TwoTerms, Phrase, TermCountry, TermCountryTopic, MatchAll, TermDates];

    /// <summary>The generator's dates run for 1,000 days from here.</summary>
    private static readonly DateTimeOffset FirstDay = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A day, a week, a month and a year: each taken once with a common word and once with a rare one.</summary>
    private static readonly int[] RangeDays = [1, 7, 30, 365];

    public static IReadOnlyList<BenchQuery> Build()
    {
        var words = Vocabulary.Words;
        var countries = CountryList.All.Take(8).Select(c => c.Code).ToList();
        var topics = TopicCues.Load().Where(t => t.Parent is null).Select(t => t.Id).Take(8).ToList();
        var queries = new List<BenchQuery>();
        for (var k = 0; k < 8; k++)
        {
            queries.Add(new(CommonTerm, [words[k]], false, [], []));
            queries.Add(new(RareTerm, [Vocabulary.RareWords[k]], false, [], []));
            queries.Add(new(TwoTerms, [words[5 + (3 * k)], words[40 + (5 * k)]], false, [], []));
            queries.Add(new(Phrase, [.. Vocabulary.Phrases[k].Split(' ')], true, [], []));
            queries.Add(new(TermCountry, [words[10 + k]], false, [countries[k]], []));
            queries.Add(new(TermCountryTopic, [words[k]], false, [countries[(k + 3) % 8]], [topics[k]]));

            // Ranges start at noon, so both edge days hold documents on each side of a bound.
            var from = FirstDay.AddDays(80 * k).AddHours(12);
            var term = k % 2 == 0 ? words[k] : Vocabulary.RareWords[k];
            queries.Add(new(TermDates, [term], false, [], [], from, from.AddDays(RangeDays[k / 2]).AddMilliseconds(-1)));
        }

        queries.Add(new(MatchAll, [], false, [], []));
        queries.Add(new(MatchAll, [], false, [countries[0]], []));
        queries.Add(new(MatchAll, [], false, [], [topics[0]]));
        queries.Add(new(MatchAll, [], false, [countries[3], countries[4]], [topics[1]]));
        return queries;
    }
}
