using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Documents;
using Pipeline.Core.Indexing;
using Pipeline.Core.Search;
using Pipeline.Core.Search.Postings;
using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Search;

/// <summary>The term-array search must answer exactly what Lucene's own scorers answer: totals, counts, pages and scores, for terms and phrases.</summary>
public sealed class TermGroupSearchTests : IDisposable
{
    private static readonly string[] Countries = ["AZ", "PS", "IL", "AM", "EG", "TR", "FR"];
    private static readonly string[] Topics = ["politics", "diplomacy", "sport", "economy"];

    // Zipf-like: the first words are in most documents, the last in few, so frequent and rare terms both occur.
    private static readonly string[] Words =
        ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "kappa", "lambda", "sigma", "omega", "rho", "tau", "phi", "psi"];

    private readonly TestIndex index = new();
    private readonly List<NormalizedDocument> documents = [];

    public TermGroupSearchTests()
    {
        var random = new Random(20261128);
        for (var i = 0; i < 700; i++)
        {
            documents.Add(Doc(
                $"d{i:000}",
                string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => ZipfWord(random))),
                string.Join(' ', Enumerable.Range(0, random.Next(1, 60)).Select(_ => ZipfWord(random))),
                [.. Countries.Where(_ => random.Next(4) == 0)],
                [.. Topics.Where(_ => random.Next(3) == 0)]));
        }

        // Several segments, deletions and replacements: the arrays hold deleted documents, which must never count.
        foreach (var batch in documents.Chunk(150))
        {
            index.Add(batch);
        }

        foreach (var id in new[] { "d003", "d150", "d151", "d420" })
        {
            index.Index.Delete(id);
        }

        index.Add(documents[10] with { Title = "omega omega omega", Body = "alpha beta" });
        index.Index.Refresh();
    }

    public void Dispose() => index.Dispose();

    public static TheoryData<long, int> Caches() => new()
    {
        { 64L * 1024 * 1024, 1 },            // every term cached dense
        { 64L * 1024 * 1024, int.MaxValue }, // every term cached as lists
        { 64L * 1024 * 1024, 40 },           // frequent dense, rare as lists
        { 24 * 1024, 40 },                   // a budget so small that entries are evicted while searching
        { 0, 40 },                           // no cache: read for every search
    };

    [Theory]
    [MemberData(nameof(Caches))]
    public void Answers_equal_lucenes_for_random_queries_selections_and_pages(long budget, int denseDocFreq)
    {
        var random = new Random(7);
        var search = new TermGroupSearch(new TermDocsCache(budget, denseDocFreq));
        var options = Options.Create(new SearchOptions());
        var vocabulary = new AnyVocabulary();
        var parser = new QueryBuilder(vocabulary, Gazetteer, options);
        using var lease = index.Index.AcquireSearcher();
        var searcher = lease.Searcher;

        for (var trial = 0; trial < 150; trial++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)]));
            if (random.Next(4) == 0)
            {
                text = $"\"{Words[random.Next(4)]} {Words[random.Next(6)]}\" {(random.Next(2) == 0 ? Words[random.Next(Words.Length)] : string.Empty)}";
            }
            else if (random.Next(6) == 0)
            {
                text = $"({Words[random.Next(Words.Length)]} OR {Words[random.Next(Words.Length)]})^2 {text}";
            }

            var query = parser.ParseText(random.Next(8) == 0 ? $"{text} Turkey" : text);
            var groups = TermGroups.From(query);
            Assert.True(groups is not null, $"{query} is not taken as term groups");
            string[] countries = random.Next(3) == 0 ? [Countries[random.Next(Countries.Length)]] : [];
            string[] topics = random.Next(3) == 0 ? [Topics[random.Next(Topics.Length)], Topics[random.Next(Topics.Length)]] : [];
            var start = random.Next(3) * 7;
            var size = random.Next(0, 30);
            var context = $"trial {trial}: {query} country={string.Join(',', countries)} topic={string.Join(',', topics)} start={start} size={size}";

            var expectedCounts = Counts(countries, topics);
            var expected = Lucene(searcher, query, expectedCounts, start, size, out var expectedTotal);
            var actualCounts = Counts(countries, topics);
            var actual = search.Collect(searcher, groups, actualCounts, start, size, out var actualTotal);

            Assert.True(expectedTotal == actualTotal, $"{context}: total {actualTotal}, Lucene {expectedTotal}");
            Assert.Equal(expectedCounts.Countries.Counts.OrderBy(p => p.Key), actualCounts.Countries.Counts.OrderBy(p => p.Key));
            Assert.Equal(expectedCounts.Topics.Counts.OrderBy(p => p.Key), actualCounts.Topics.Counts.OrderBy(p => p.Key));
            Assert.True(expected.Length == actual.Length, $"{context}: {actual.Length} hits, Lucene {expected.Length}");
            for (var i = 0; i < expected.Length; i++)
            {
                var (e, a) = (expected[i], actual[i]);
                Assert.True(Math.Abs(e.Score - a.Score) <= 1e-5f * Math.Abs(e.Score), $"{context}: hit {i} scores {a.Score}, Lucene {e.Score}");

                // Lucene adds a document's term scores in another order; only such rounding may swap near-equal neighbours.
                Assert.True(e.Doc == a.Doc || Math.Abs(e.Score - a.Score) <= 1e-5f * Math.Abs(e.Score), $"{context}: hit {i} is {a.Doc}, Lucene {e.Doc}");
            }

            Assert.Equal(expected.Select(h => h.Doc).Order(), actual.Select(h => h.Doc).Order());
        }
    }

    [Fact]
    public void Searches_sharing_one_cache_from_many_threads_answer_as_each_would_alone()
    {
        // A small budget, so entries are added, grouped and evicted while other threads read them.
        var shared = new TermGroupSearch(new TermDocsCache(96 * 1024, 40));
        var parser = new QueryBuilder(new AnyVocabulary(), Gazetteer, Options.Create(new SearchOptions()));
        var texts = Enumerable.Range(0, 40).Select(i => $"{Words[i % 5]} {Words[(i * 7) % Words.Length]}").Append("\"alpha beta\"").ToArray();
        using var lease = index.Index.AcquireSearcher();
        var searcher = lease.Searcher;
        var expected = texts.Select(text => Answer(new TermGroupSearch(new TermDocsCache(0, 40)), searcher, parser, text)).ToArray();

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var actual = Answer(shared, searcher, parser, texts[i % texts.Length]);
            if (actual != expected[i % texts.Length])
            {
                failures.Add($"{texts[i % texts.Length]}: {actual} instead of {expected[i % texts.Length]}");
            }
        });

        Assert.Empty(failures);
    }

    [Fact]
    public void A_word_no_segment_has_is_remembered_as_absent_within_the_budget()
    {
        var parser = new QueryBuilder(new AnyVocabulary(), Gazetteer, Options.Create(new SearchOptions()));
        var cache = new TermDocsCache(64L * 1024 * 1024, 40);
        var none = new TermDocsCache(0, 40);
        using var lease = index.Index.AcquireSearcher();

        var first = Answer(new TermGroupSearch(cache), lease.Searcher, parser, "nowhere");
        var remembered = cache.Bytes;
        var second = Answer(new TermGroupSearch(cache), lease.Searcher, parser, "nowhere");
        var uncached = Answer(new TermGroupSearch(none), lease.Searcher, parser, "nowhere alpha");

        Assert.StartsWith("0 ", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
        Assert.True(remembered > 0, "the absence was not remembered");
        Assert.Equal(remembered, cache.Bytes);
        Assert.Equal(Answer(new TermGroupSearch(cache), lease.Searcher, parser, "nowhere alpha"), uncached);
        Assert.Equal(0, none.Bytes);
    }

    [Fact]
    public void Only_plain_words_and_exact_phrases_take_the_term_path()
    {
        var parser = new QueryBuilder(new AnyVocabulary(), Gazetteer, Options.Create(new SearchOptions()));

        Assert.NotNull(TermGroups.From(parser.ParseText("alpha beta")));
        Assert.NotNull(TermGroups.From(parser.ParseText("alpha OR beta^3")));
        Assert.NotNull(TermGroups.From(parser.ParseText("title:alpha country:TR")));
        Assert.NotNull(TermGroups.From(parser.ParseText("\"alpha beta\" gamma")));
        Assert.Null(TermGroups.From(parser.ParseText("\"alpha beta\"~2")));
        Assert.Null(TermGroups.From(parser.ParseText("alpha -beta")));
        Assert.Null(TermGroups.From(parser.ParseText("alph*")));
        Assert.Null(TermGroups.From(parser.ParseText("alpha~")));
        Assert.Null(TermGroups.From(parser.ParseText("alpha (beta -gamma)")));
    }

    private static string Answer(TermGroupSearch search, IndexSearcher searcher, QueryBuilder parser, string text)
    {
        var counts = Counts([], ["sport"]);
        var page = search.Collect(searcher, TermGroups.From(parser.ParseText(text))!, counts, 0, 10, out var total);
        return $"{total} [{string.Join(',', counts.Countries.Counts.OrderBy(p => p.Key))}] [{string.Join(',', page.Select(h => $"{h.Doc}:{h.Score}"))}]";
    }

    private static ScoreDoc[] Lucene(IndexSearcher searcher, Query query, DrillSidewaysCounts counts, int start, int size, out long total)
    {
        var best = new TopScoreThenIdCollector(Math.Max(1, start + size));
        var collector = new DrillSidewaysCollector(best, counts);
        searcher.Search(query, collector);
        counts.Finish();
        total = collector.TotalHits;
        return size == 0 ? [] : best.Page(start, size);
    }

    private static DrillSidewaysCounts Counts(string[] countries, string[] topics) =>
        new(new FacetFilter(IndexSchema.CountryFacet, countries), new FacetFilter(IndexSchema.TopicFacet, topics));

    private static string ZipfWord(Random random)
    {
        var rank = (int)Math.Floor(Math.Pow(Words.Length + 1, random.NextDouble())) - 1;
        return Words[Math.Clamp(rank, 0, Words.Length - 1)];
    }

    private sealed class AnyVocabulary : IFacetVocabulary
    {
        public bool IsKnown(FacetDimension dimension, string value) => true;

        public string Label(FacetDimension dimension, string value) => value;
    }
}
