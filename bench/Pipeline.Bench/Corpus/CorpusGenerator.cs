using System.Text;

namespace Pipeline.Bench.Corpus;

/// <summary>
/// Seeded news-like documents: lengths log-normal around 3 KB (200 B to 60 KB), mostly .txt with some .html, .md and .json,
/// each mentioning 0–4 countries by varied names and 1–3 topics through the enricher's own cue words. Document i depends
/// only on (seed, i), so generation can run in parallel and reruns give the same bytes.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    private static readonly double[] CountryCountWeights = [0.15, 0.35, 0.25, 0.15, 0.10];
    private static readonly DateTimeOffset FirstDay = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ZipfSampler words = new(Vocabulary.Words.Count, 1.0);
    private readonly ZipfSampler countries = new(CountryList.All.Count, 0.8);
    private readonly IReadOnlyList<TopicCues> topics = TopicCues.Load();

    public GeneratedDocument Generate(int index)
    {
        var rng = new Random(unchecked((seed * 1_000_003) + index));
        var format = rng.NextDouble() switch
        {
            < 0.70 => "txt",
            < 0.82 => "html",
            < 0.92 => "md",
            _ => "json",
        };
        var targetBytes = (int)Math.Clamp(Math.Exp(7.6 + (0.9 * Gaussian(rng))), 200, 60_000);
        var published = FirstDay.AddMinutes(rng.Next(0, 1_000 * 24 * 60));

        var planted = PickCountries(rng);
        var plantedTopics = PickTopics(rng);
        var rare = rng.NextDouble() < 0.01 ? new[] { Vocabulary.RareWords[rng.Next(Vocabulary.RareWords.Count)] } : [];
        var phrases = rng.NextDouble() < 0.3 ? new[] { Vocabulary.Phrases[rng.Next(Vocabulary.Phrases.Count)] } : [];

        // Each planted item becomes one or more insertions, spread over the sentences the body will have.
        var sentenceCount = Math.Max(2, targetBytes / 95);
        var insertions = new List<string>[sentenceCount];
        var forms = new List<string>();
        foreach (var country in planted)
        {
            var mentions = 1 + rng.Next(Math.Min(4, 1 + (sentenceCount / 8)));
            for (var m = 0; m < mentions; m++)
            {
                var form = country.Forms[rng.Next(country.Forms.Count)];
                forms.Add(form);
                Insert(insertions, rng, form);
            }
        }

        foreach (var topic in plantedTopics)
        {
            var cues = topic.Cues.OrderBy(_ => rng.Next()).Take(Math.Min(4, topic.Cues.Count)).ToList();
            foreach (var cue in cues.Concat(cues.Take(2)))
            {
                Insert(insertions, rng, cue);
            }
        }

        foreach (var item in rare.Concat(phrases))
        {
            Insert(insertions, rng, item);
        }

        var title = Title(rng, planted.FirstOrDefault(), plantedTopics[0]);
        var paragraphs = Paragraphs(rng, insertions);
        var content = DocumentFormatter.Format(format, title, published, paragraphs, Vocabulary.Sources[index % Vocabulary.Sources.Count]);
        var path = $"docs/{index / 1000:D3}/{index:D6}.{format}";
        var entry = new ManifestEntry(
            path, format, content.Length, published, [.. planted.Select(c => c.Code)], [.. forms.Distinct()],
            [.. plantedTopics.Select(t => t.Id)], rare, phrases);
        return new GeneratedDocument(entry, content);
    }

    /// <summary>A small .txt document carrying a word nothing else contains, for upload-to-searchable probes.</summary>
    public byte[] Probe(string token, int index)
    {
        var rng = new Random(unchecked((seed * 7_919) + index));
        var insertions = new List<string>[3];
        Insert(insertions, rng, token);
        var paragraphs = Paragraphs(rng, insertions);
        return DocumentFormatter.Format("txt", $"Probe dispatch {token}", DateTimeOffset.UnixEpoch.AddDays(20_000 + index), paragraphs, "Bench");
    }

    private static void Insert(List<string>[] insertions, Random rng, string text) =>
        (insertions[rng.Next(insertions.Length)] ??= []).Add(text);

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - rng.NextDouble())) * Math.Cos(2.0 * Math.PI * rng.NextDouble());

    private List<PlantedCountry> PickCountries(Random rng)
    {
        var roll = rng.NextDouble();
        var count = 0;
        for (var acc = CountryCountWeights[0]; roll > acc && count < CountryCountWeights.Length - 1; acc += CountryCountWeights[++count])
        {
        }

        var picked = new List<PlantedCountry>();
        while (picked.Count < count)
        {
            var country = CountryList.All[countries.Next(rng)];
            if (!picked.Contains(country))
            {
                picked.Add(country);
            }
        }

        return picked;
    }

    private List<TopicCues> PickTopics(Random rng)
    {
        var count = 1 + rng.Next(3);
        var picked = new List<TopicCues>();
        while (picked.Count < count)
        {
            var topic = topics[rng.Next(topics.Count)];
            if (!picked.Contains(topic))
            {
                picked.Add(topic);
            }
        }

        return picked;
    }

    private string Title(Random rng, PlantedCountry? country, TopicCues topic)
    {
        var title = new StringBuilder();
        if (country is not null)
        {
            title.Append(country.Name).Append(' ');
        }

        var length = 4 + rng.Next(6);
        for (var i = 0; i < length; i++)
        {
            title.Append(i == length / 2 ? topic.Cues[rng.Next(topic.Cues.Count)] : Vocabulary.Words[words.Next(rng)]).Append(' ');
        }

        title[0] = char.ToUpperInvariant(title[0]);
        return title.ToString().TrimEnd();
    }

    private List<string> Paragraphs(Random rng, List<string>[] insertions)
    {
        var paragraphs = new List<string>();
        var paragraph = new StringBuilder();
        var sentencesLeft = 2 + rng.Next(4);
        for (var s = 0; s < insertions.Length; s++)
        {
            var sentence = new List<string>();
            var length = 6 + rng.Next(13);
            for (var w = 0; w < length; w++)
            {
                sentence.Add(Vocabulary.Words[words.Next(rng)]);
            }

            foreach (var item in insertions[s] ?? [])
            {
                sentence.Insert(rng.Next(sentence.Count + 1), item);
            }

            var text = string.Join(' ', sentence);
            paragraph.Append(char.ToUpperInvariant(text[0])).Append(text, 1, text.Length - 1).Append(rng.Next(5) == 0 ? ", officials said. " : ". ");
            if (--sentencesLeft == 0 || s == insertions.Length - 1)
            {
                paragraphs.Add(paragraph.ToString().TrimEnd());
                paragraph.Clear();
                sentencesLeft = 2 + rng.Next(4);
            }
        }

        return paragraphs;
    }
}
