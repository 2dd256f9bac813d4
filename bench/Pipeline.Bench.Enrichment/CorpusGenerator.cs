using System.Text;

namespace Pipeline.Bench.Enrichment;

/// <summary>A news-like English corpus from a fixed seed, so every run enriches exactly the same text.</summary>
internal static class CorpusGenerator
{
    private const int MinDocumentBytes = 200;
    private const int MaxDocumentBytes = 60_000;

    // Names, demonyms, capitals, alternative and foreign names, plus a few traps, as reporters write them.
    private static readonly string[] Places =
    [
        "France", "French", "Paris", "Germany", "German", "Berlin", "Deutschland", "the United States", "the U.S.", "US", "America",
        "American", "Washington", "the UK", "Britain", "British", "Great Britain", "London", "Türkiye", "Turkey", "Turkish", "Ankara",
        "Côte d'Ivoire", "Ivory Coast", "Ivorian", "Abidjan", "Czechia", "the Czech Republic", "Prague", "Myanmar", "Burma", "Burmese",
        "Eswatini", "Swaziland", "North Macedonia", "Skopje", "Holland", "the Netherlands", "Dutch", "Persia", "Iran", "Iranian", "Tehran",
        "China", "Chinese", "Beijing", "Japan", "Japanese", "Tokyo", "India", "Indian", "New Delhi", "Brazil", "Brazilian", "Brasília",
        "Nigeria", "Nigerian", "Lagos", "Niger", "Niamey", "Sudan", "South Sudan", "Juba", "Khartoum", "Guinea", "Conakry",
        "Papua New Guinea", "Guinea-Bissau", "Equatorial Guinea", "the Dominican Republic", "Dominica", "Georgia", "Tbilisi", "Kenya",
        "Kenyan", "Nairobi", "Egypt", "Egyptian", "Cairo", "Mexico", "Mexican", "Argentina", "Buenos Aires", "Ukraine", "Ukrainian", "Kyiv",
        "Russia", "Russian", "Moscow", "Poland", "Polish", "Warsaw", "España", "Spain", "Spanish", "Madrid", "Azərbaycan", "Azerbaijan",
        "Baku", "Kosovo", "Pristina", "Palestine", "Palestinian", "Gaza", "Israel", "Israeli", "Jordan", "Amman", "Chad", "N'Djamena",
        "South Korea", "Seoul", "Vietnam", "Hanoi", "Indonesia", "Jakarta", "Australia", "Canberra", "Canada", "Ottawa", "Chile", "Peru",
    ];

    private static readonly string[] Traps =
    [
        "a roast turkey", "fine china plates", "let us know", "Chad Miller", "Jordan Peters", "New Mexico", "New Jersey",
        "Atlanta, Georgia", "a guinea pig", "the Indian Ocean", "Latin America",
    ];

    private static readonly string[] TopicPhrases =
    [
        "the election", "voters", "the prime minister", "parliament", "inflation", "interest rates", "the central bank", "exports",
        "tariffs", "the stock market", "oil prices", "natural gas", "a pipeline", "troops", "airstrikes", "a ceasefire", "peacekeepers",
        "refugees", "humanitarian aid", "the court", "a judge", "police", "corruption", "an earthquake", "floods", "drought",
        "climate change", "carbon emissions", "hospitals", "a vaccine", "an outbreak", "schools", "universities", "football",
        "the striker", "the tournament", "tennis", "the Olympics", "artificial intelligence", "startups", "semiconductors",
        "a cyberattack", "satellites", "farmers", "wheat", "tourism", "hotels", "the film festival", "musicians", "protesters",
        "workers", "a strike", "trade unions", "housing", "rents", "migrants", "asylum", "diplomats", "the embassy", "sanctions",
    ];

    private static readonly string[] Subjects =
    [
        "Officials", "The minister", "Analysts", "A spokesperson", "Residents", "The company", "Local leaders", "Economists",
        "Negotiators", "The committee", "Observers", "Investors", "Aid groups", "Researchers",
    ];

    private static readonly string[] Verbs =
    [
        "said on Tuesday that", "warned that", "expect that", "told reporters that", "acknowledged that", "argued that",
        "announced that", "confirmed late on Friday that", "insisted that", "noted in a statement that",
    ];

    private static readonly string[] Clauses =
    [
        "{0} would weigh heavily on talks with {1}", "{0} had risen sharply since the spring in {1}",
        "the row over {0} was unlikely to end before the summit in {1}", "{1} was preparing new rules on {0}",
        "{0} remained the main concern for families in {1}", "delegations from {1} and {2} would discuss {0} next week",
        "the debate about {0} had divided {1} for months", "{1} and {2} signed an agreement covering {0}",
        "{0} were expected to dominate the agenda", "a report on {0} in {1} would be published in the autumn",
    ];

    private static readonly string[] Fillers =
    [
        "The figures were broadly in line with forecasts.", "Details were not immediately available.",
        "The meeting lasted well into the night.", "Critics said the plan lacked ambition.", "Markets were closed for the holiday.",
        "It was the third such announcement this year.", "Several questions remain unanswered.",
    ];

    /// <summary>Documents of 200 B to 60 KB (log-uniform sizes) until the corpus holds at least <paramref name="totalBytes"/> UTF-8 bytes.</summary>
    public static IReadOnlyList<BenchDocument> Generate(int seed, long totalBytes)
    {
        var random = new Random(seed);
        var documents = new List<BenchDocument>();
        long bytes = 0;
        var builder = new StringBuilder();
        while (bytes < totalBytes)
        {
            var target = (int)Math.Exp(random.NextDouble() * (Math.Log(MaxDocumentBytes) - Math.Log(MinDocumentBytes)) + Math.Log(MinDocumentBytes));
            var title = Sentence(random, builder).TrimEnd('.');
            builder.Clear();
            while (builder.Length < target)
            {
                builder.Append(Sentence(random, new StringBuilder()));
                builder.Append(random.Next(6) == 0 ? "\n\n" : " ");
            }

            var body = builder.ToString(0, Math.Min(builder.Length, MaxDocumentBytes - title.Length - 1)).TrimEnd();
            builder.Clear();
            var document = new BenchDocument(title, body, Encoding.UTF8.GetByteCount(title) + 1 + Encoding.UTF8.GetByteCount(body));
            documents.Add(document);
            bytes += document.Utf8Bytes;
        }

        return documents;
    }

    private static string Sentence(Random random, StringBuilder builder)
    {
        builder.Clear();
        if (random.Next(4) == 0)
        {
            return Fillers[random.Next(Fillers.Length)];
        }

        var clause = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            Clauses[random.Next(Clauses.Length)],
            TopicPhrases[random.Next(TopicPhrases.Length)],
            Place(random),
            Place(random));
        builder.Append(Subjects[random.Next(Subjects.Length)]).Append(' ').Append(Verbs[random.Next(Verbs.Length)]).Append(' ').Append(clause);
        if (random.Next(5) == 0)
        {
            builder.Append(", as ").Append(Traps[random.Next(Traps.Length)]).Append(" showed");
        }

        return builder.Append('.').ToString();
    }

    private static string Place(Random random) => Places[random.Next(Places.Length)];
}
