using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Core.Indexing;

/// <summary>
/// What StopFilter (English) then PorterStemFilter make of a lowercased, folded word: nothing for a stop word, else its stem.
/// Worked out once per distinct word and remembered (per analysis chain, so per thread): one lookup per token replaced
/// a stop-word lookup and a stem lookup, the costliest steps of analysis, as most tokens are the same few thousand words.
/// </summary>
internal sealed class WordStems
{
    /// <summary>Words remembered per chain; the rest are worked out each time they come.</summary>
    private const int Capacity = 50_000;

    private static readonly HashSet<string> StopWords = [.. EnglishAnalyzer.DefaultStopSet.Select(word => word.ToString()!)];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Dictionary<string, string?> stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly OneWord word = new();
    private readonly PorterStemFilter stemmer;
    private readonly ICharTermAttribute stemmed;

    public WordStems()
    {
        lookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        stemmer = new PorterStemFilter(word);
        stemmed = stemmer.GetAttribute<ICharTermAttribute>();
    }

    /// <summary>The stem of <paramref name="folded"/>, or null when it is a stop word.</summary>
    public string? StemOf(ReadOnlySpan<char> folded)
    {
        if (lookup.TryGetValue(folded, out var stem))
        {
            return stem;
        }

        stem = StopLookup.Contains(folded) ? null : Stem(folded);
        if (stems.Count < Capacity)
        {
            stems[folded.ToString()] = stem;
        }

        return stem;
    }

    private string Stem(ReadOnlySpan<char> folded)
    {
        word.Set(folded);
        stemmer.IncrementToken();
        return stemmed.ToString();
    }

    /// <summary>A stream of the one word last set, for PorterStemFilter to read.</summary>
    private sealed class OneWord : TokenStream
    {
        private readonly ICharTermAttribute term;
        private bool pending;

        public OneWord() => term = AddAttribute<ICharTermAttribute>();

        public void Set(ReadOnlySpan<char> value)
        {
            value.CopyTo(term.ResizeBuffer(value.Length));
            term.Length = value.Length;
            pending = true;
        }

        public override bool IncrementToken()
        {
            var result = pending;
            pending = false;
            return result;
        }
    }
}
