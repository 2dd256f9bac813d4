using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Core.Indexing;
using Pipeline.Core.Normalization;
using Xunit;

namespace Pipeline.Core.Tests.Indexing;

/// <summary>PipelineAnalyzer (fused tokenizer, cached stemmer) gives exactly the tokens of the Lucene chain it replaces.</summary>
public sealed class PipelineAnalyzerTests
{
    private static readonly string[] Words =
    [
        "the", "The", "THE", "a", "An", "John's", "JOHN'S", "it's", "can't", "x's's", "U.S.A.", "e.g.", "3.14", "1,000", "1;2",
        "1:2", "a:b", "a.1", "1.a", "a1.2", "1.2a", "e-mail", "a_b", "__", "_x_", "_1_", "a_.b", "a._b", "a..b", "'quoted'",
        "\"double\"", "running", "ran", "runs", "generalizations", "Türkiye", "Turkiye", "naïve", "café", "’s", "John’s",
        "Müller's", "São", "Tomé", "Côte", "d’Ivoire", "Straße", "ŒUVRE", "Ĳssel", "ŉ", "ſ", "İstanbul", "ıi", "Ÿ", "2×3", "6÷2", "ÀÉÎÕÜ", "Ā", "Ł", "Ann‘s", "Ann’S", "rock’n’roll", "‘quoted’", "“double”", "a—b", "a–b", "a…b", "©2025", "a\u00A0b", "x•y", "中文", "日本語", "한국어", "🙂", "don\u2019t", "soft\u00ADhyphen", "zero\u200Bwidth", "e\u0301", "Σσς",
        "İstanbul", "1st", "2nd", "C++", "C#", ".NET", "node.js", "x86_64", "v1.2.3", "--", "(a)", "[b]", "{c}", "a/b", "a\\b",
        "1’000", "2‘3", "50%", "$100", "#tag", "@user", "x|y", "~z", "`q`", "i", "in", "into", "is", "such", "there", "will", "with",
    ];

    private static readonly char[] Alphabet =
        "aAbBzZ09_.,;:'\" \n\t-!?()/&é’‘“”–—…©®°«»•·\u00A0ÖçñıßÆ×÷ĲſŸΣ中🙂\u00AD\u200B\u0301\u201B\uFF07\u0180".ToCharArray();

    [Fact]
    public void SameTokensOnTheSeeds()
    {
        var files = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds")).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var document = DocumentNormalizer.Default.Normalize(bytes, Path.GetFileName(file));
            foreach (var text in new[] { Encoding.UTF8.GetString(bytes), document.Title, document.Subtitle ?? string.Empty, document.Body })
            {
                AssertSameTokens(text);
            }
        }
    }

    [Fact]
    public void SameTokensOnRandomWordsAndCharacters()
    {
        // Half the texts keep to the characters the fused tokenizer splits itself; most others go through the Lucene chain.
        static bool Simple(char c) => char.IsAscii(c) || c is >= '\u00C0' and <= '\u017F' || "’‘“”–—…©®°«»•\u00A0".Contains(c);
        var asciiWords = Words.Where(word => word.All(Simple)).ToArray();
        var asciiAlphabet = Alphabet.Where(Simple).ToArray();
        var random = new Random(20261128);
        for (var i = 0; i < 6_000; i++)
        {
            var words = i % 2 == 0 ? asciiWords : Words;
            var alphabet = i % 2 == 0 ? asciiAlphabet : Alphabet;
            var text = new StringBuilder();
            var parts = random.Next(0, 60);
            for (var p = 0; p < parts; p++)
            {
                if (random.Next(3) == 0)
                {
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                }
                else
                {
                    text.Append(words[random.Next(words.Length)]).Append(" \n.,;:'_-"[random.Next(9)]);
                }
            }

            AssertSameTokens(text.ToString());
        }
    }

    [Fact]
    public void SameTokensAroundTheLongestWordKept()
    {
        foreach (var length in new[] { 254, 255, 256, 300, 5_000 })
        {
            AssertSameTokens($"before {new string('x', length)} after the {new string('7', length)} end");
            AssertSameTokens($"{string.Concat(Enumerable.Repeat("ab.", length / 3))}c the {new string('é', length)}'s 1,{new string('2', length)} {new string('x', length)}");
        }
    }

    [Fact]
    public void SameTokensAfterReuseAcrossAsciiAndOtherText()
    {
        AssertSameTokens("plain words here", "Türkiye's talks", "plain again", string.Empty, "the a an", "café", "John's");
    }

    private static void AssertSameTokens(params string[] texts)
    {
        using var ours = new PipelineAnalyzer();
        using var reference = new ReferenceAnalyzer();
        foreach (var text in texts)
        {
            Assert.Equal(Tokens(reference, text), Tokens(ours, text));
        }
    }

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var result = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add($"{term}|{increment.PositionIncrement}|{offset.StartOffset}-{offset.EndOffset}|{type.Type}");
        }

        stream.End();
        result.Add($"end|{increment.PositionIncrement}|{offset.StartOffset}-{offset.EndOffset}");
        return result;
    }

    /// <summary>The chain PipelineAnalyzer stood for before it was fused, from Lucene's own components.</summary>
    private sealed class ReferenceAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(IndexSchema.Version, reader);
            TokenStream stream = new StandardFilter(IndexSchema.Version, source);
            stream = new EnglishPossessiveFilter(IndexSchema.Version, stream);
            stream = new LowerCaseFilter(IndexSchema.Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(IndexSchema.Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
