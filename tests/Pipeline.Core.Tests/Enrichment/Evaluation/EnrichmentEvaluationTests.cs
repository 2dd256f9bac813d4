using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Enrichment;
using Xunit.Abstractions;

namespace Pipeline.Core.Tests.Enrichment.Evaluation;

/// <summary>
/// Scores enrichment against hand labels written before the system was run on the documents.
/// Countries: every country the text really refers to (by name, demonym, capital, city or alternative name), not the traps
/// (turkey the bird, Chad the person, Georgia the US state, which counts as the United States). Scored over (doc, country) pairs, all tags.
/// Topics: labels name the finer topics an editor would file the story under (a top-level topic only when no finer one fits);
/// the evaluator adds each label's parent, because the facet shows both and the enricher assigns parents too. Scored as micro-F1 over (doc, topic) pairs.
/// </summary>
public partial class EnrichmentEvaluationTests(ITestOutputHelper output)
{
    private const double MinCountryPrecision = 0.95;
    private const double MinCountryRecall = 0.95;
    private const double MinTopicF1 = 0.80;
    private const int ShingleWords = 8;

    private static readonly Lazy<IReadOnlyList<EvaluationDocument>> Documents = new(EvaluationSet.Load);

    [Fact]
    public void The_set_has_enough_documents_of_the_right_length_and_valid_labels()
    {
        var docs = Documents.Value;
        var gazetteer = CountryGazetteer.LoadEmbedded();
        var taxonomy = TopicTaxonomy.LoadEmbedded();
        Assert.True(docs.Count >= 60, $"{docs.Count} documents");
        Assert.Equal(docs.Count, docs.Select(d => d.Id).Distinct().Count());
        Assert.All(docs, d =>
        {
            var words = Words().Count(d.Title + " " + d.Body);
            Assert.InRange(words, 100, 400);
            Assert.All(d.Countries, c => Assert.Contains(c, gazetteer.Codes));
            Assert.All(d.Topics, t => Assert.Contains(t, taxonomy.Ids));
            Assert.NotEmpty(d.Topics);
        });
    }

    [Fact]
    public void No_document_reuses_text_from_a_seed_or_a_unit_test_fixture()
    {
        var fixtures = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds"))
            .Concat(Directory.EnumerateFiles(Path.GetDirectoryName(EvaluationSet.Directory())!, "*.cs"))
            .Select(f => Normalise(File.ReadAllText(f)))
            .ToList();
        foreach (var doc in Documents.Value)
        {
            var words = Normalise(doc.Body).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + ShingleWords <= words.Length; i += ShingleWords / 2)
            {
                var shingle = string.Join(' ', words[i..(i + ShingleWords)]);
                Assert.DoesNotContain(fixtures, f => f.Contains(shingle, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Countries_and_topics_agree_with_a_careful_reader()
    {
        var taxonomy = TopicTaxonomy.LoadEmbedded();
        var countries = new Score();
        var topics = new Score();
        var details = new List<string>();
        foreach (var doc in Documents.Value)
        {
            var result = SharedEnricher.Instance.Enrich(doc.Title, null, doc.Body);
            countries.Add(doc.Id, doc.Countries, result.Countries.Select(c => c.Code));
            var expectedTopics = doc.Topics.Concat(doc.Topics.Select(taxonomy.ParentOf).OfType<string>()).Distinct();
            if (topics.Add(doc.Id, expectedTopics, result.Topics.Select(t => t.Id)))
            {
                details.Add(Invariant($"{doc.Id} topics found: {string.Join(", ", result.Topics.Select(t => $"{t.Id}={t.Score}"))}"));
            }
        }

        output.WriteLine(Invariant($"Documents: {Documents.Value.Count}"));
        output.WriteLine(Invariant($"Countries: P={countries.Precision:F3} R={countries.Recall:F3} F1={countries.F1:F3} (tp={countries.TruePositives} fp={countries.FalsePositives.Count} fn={countries.FalseNegatives.Count})"));
        output.WriteLine(Invariant($"Topics:    P={topics.Precision:F3} R={topics.Recall:F3} F1={topics.F1:F3} (tp={topics.TruePositives} fp={topics.FalsePositives.Count} fn={topics.FalseNegatives.Count})"));
        countries.PrintMisses("country", output);
        topics.PrintMisses("topic", output);
        details.ForEach(output.WriteLine);

        Assert.True(countries.Precision >= MinCountryPrecision, Invariant($"Country precision {countries.Precision:F3} < {MinCountryPrecision}"));
        Assert.True(countries.Recall >= MinCountryRecall, Invariant($"Country recall {countries.Recall:F3} < {MinCountryRecall}"));
        Assert.True(topics.F1 >= MinTopicF1, Invariant($"Topic micro-F1 {topics.F1:F3} < {MinTopicF1}"));
    }

    [Fact]
    public void Every_finer_topic_comes_with_its_parent_so_the_facet_can_show_both_levels()
    {
        var taxonomy = TopicTaxonomy.LoadEmbedded();
        var finer = 0;
        foreach (var doc in Documents.Value)
        {
            var topics = SharedEnricher.Instance.Enrich(doc.Title, null, doc.Body).Topics;
            var ids = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var topic in topics.Where(t => t.Parent is not null))
            {
                finer++;
                Assert.Equal(taxonomy.ParentOf(topic.Id), topic.Parent);
                Assert.Contains(topic.Parent!, ids);
                var parent = topics.Single(t => t.Id == topic.Parent);
                Assert.Subset(parent.Evidence.ToHashSet(), topic.Evidence.ToHashSet());
            }
        }

        // The property must have been exercised, not passed vacuously.
        Assert.True(finer >= 50, $"only {finer} finer topics assigned");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Normalise(string text) => string.Join(' ', Words().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"[\p{L}\p{N}'’]+")]
    private static partial Regex Words();

    /// <summary>Micro-averaged counts over (document, label) pairs, keeping every miss to print.</summary>
    private sealed class Score
    {
        public int TruePositives { get; private set; }

        public List<string> FalsePositives { get; } = [];

        public List<string> FalseNegatives { get; } = [];

        public double Precision => Ratio(TruePositives, TruePositives + FalsePositives.Count);

        public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives.Count);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        /// <summary>Counts one document; true when it has a miss.</summary>
        public bool Add(string doc, IEnumerable<string> expected, IEnumerable<string> actual)
        {
            var want = expected.ToHashSet(StringComparer.Ordinal);
            var got = actual.ToHashSet(StringComparer.Ordinal);
            TruePositives += want.Intersect(got).Count();
            FalsePositives.AddRange(got.Except(want).Order(StringComparer.Ordinal).Select(x => $"{doc} {x}"));
            FalseNegatives.AddRange(want.Except(got).Order(StringComparer.Ordinal).Select(x => $"{doc} {x}"));
            return !want.SetEquals(got);
        }

        public void PrintMisses(string kind, ITestOutputHelper output)
        {
            foreach (var miss in FalsePositives)
            {
                output.WriteLine($"FP {kind} {miss}");
            }

            foreach (var miss in FalseNegatives)
            {
                output.WriteLine($"FN {kind} {miss}");
            }
        }

        // An empty denominator means nothing was wrong in that direction.
        private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1 : (double)numerator / denominator;
    }
}
