using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Core.Indexing;

/// <summary>
/// Lucene's PorterStemFilter, run once per distinct word and remembered (per analysis chain, so per thread): stemming
/// each of a few hundred tokens per document was the costliest step of analysis, and most of them are the same few thousand words.
/// </summary>
internal sealed class CachedPorterStemFilter : TokenFilter
{
    /// <summary>Words remembered per chain; the rest are stemmed each time they come.</summary>
    private const int Capacity = 50_000;

    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;
    private readonly Dictionary<string, string> stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly OneTerm word = new();
    private readonly PorterStemFilter stemmer;
    private readonly ICharTermAttribute stemmed;

    public CachedPorterStemFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        lookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        stemmer = new PorterStemFilter(word);
        stemmed = stemmer.GetAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (keyword.IsKeyword)
        {
            return true;
        }

        var current = term.Buffer.AsSpan(0, term.Length);
        if (!lookup.TryGetValue(current, out var stem))
        {
            word.Set(current);
            stemmer.IncrementToken();
            stem = stemmed.ToString();
            if (stems.Count < Capacity)
            {
                stems[current.ToString()] = stem;
            }
        }

        stem.CopyTo(term.ResizeBuffer(stem.Length));
        term.Length = stem.Length;
        return true;
    }

    /// <summary>A stream of the one word last set, for PorterStemFilter to read.</summary>
    private sealed class OneTerm : TokenStream
    {
        private readonly ICharTermAttribute term;
        private bool pending;

        public OneTerm() => term = AddAttribute<ICharTermAttribute>();

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
