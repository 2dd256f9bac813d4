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

    /// <summary>Slots a new table starts with; it doubles whenever it is half full, so a query's few words take little room.</summary>
    private const int FirstSlots = 1 << 10;

    private static readonly HashSet<string> StopWords = [.. EnglishAnalyzer.DefaultStopSet.Select(word => word.ToString()!)];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly OneWord word = new();
    private readonly PorterStemFilter stemmer;
    private readonly ICharTermAttribute stemmed;

    // Hand-written open addressing: a Dictionary's span lookup went through two interface calls on its comparer a token.
    private Entry[] table = new Entry[FirstSlots];
    private int count;

    public WordStems()
    {
        stemmer = new PorterStemFilter(word);
        stemmed = stemmer.GetAttribute<ICharTermAttribute>();
    }

    /// <summary>The stem of <paramref name="folded"/>, or null when it is a stop word.</summary>
    public string? StemOf(ReadOnlySpan<char> folded)
    {
        var hash = HashOf(folded);
        var entries = table;
        var mask = entries.Length - 1;
        var slot = hash & mask;
        while (entries[slot].Word is { } known)
        {
            if (entries[slot].Hash == hash && folded.SequenceEqual(known))
            {
                return entries[slot].Stem;
            }

            slot = (slot + 1) & mask;
        }

        var stem = StopLookup.Contains(folded) ? null : Stem(folded);
        if (count < Capacity)
        {
            entries[slot] = new Entry(hash, folded.ToString(), stem);
            if (++count > entries.Length / 2)
            {
                Grow();
            }
        }

        return stem;
    }

    private void Grow()
    {
        var entries = new Entry[table.Length * 2];
        var mask = entries.Length - 1;
        foreach (var entry in table)
        {
            if (entry.Word is not null)
            {
                var slot = entry.Hash & mask;
                while (entries[slot].Word is not null)
                {
                    slot = (slot + 1) & mask;
                }

                entries[slot] = entry;
            }
        }

        table = entries;
    }

    /// <summary>FNV-1a over the characters: words are short, and this runs once a token.</summary>
    private static int HashOf(ReadOnlySpan<char> word)
    {
        var hash = 2166136261;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private string Stem(ReadOnlySpan<char> folded)
    {
        word.Set(folded);
        stemmer.IncrementToken();
        return stemmed.ToString();
    }

    private readonly record struct Entry(int Hash, string? Word, string? Stem);

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
