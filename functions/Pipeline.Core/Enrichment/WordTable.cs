namespace Pipeline.Core.Enrichment;

/// <summary>
/// The folded words that phrases use, as an open-addressing table keyed by <see cref="Hash"/>; a word's id is its index.
/// Text only ever looks words up and never inserts, so a fixed, non-randomised hash cannot be flooded.
/// </summary>
internal sealed class WordTable
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    private readonly int[] _slots;
    private readonly uint[] _hashes;
    private readonly string[] _words;
    private readonly int _mask;

    /// <param name="words">Folded words without abbreviation periods; word i gets id i.</param>
    public WordTable(IReadOnlyList<string> words)
    {
        _words = [.. words];
        _hashes = new uint[_words.Length];
        var size = 16;
        while (size < _words.Length * 4)
        {
            size *= 2;
        }

        _slots = new int[size];
        _mask = size - 1;
        for (var id = 0; id < _words.Length; id++)
        {
            var hash = Hash(_words[id]);
            _hashes[id] = hash;
            var slot = (int)(hash & (uint)_mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = id + 1;
        }
    }

    public int Count => _words.Length;

    /// <summary>FNV-1a over the folded chars, skipping abbreviation periods so "u.s." and "us" meet.</summary>
    public static uint Hash(ReadOnlySpan<char> folded) => Continue(Offset, folded);

    public static uint Continue(uint hash, ReadOnlySpan<char> folded)
    {
        foreach (var c in folded)
        {
            if (c != '.')
            {
                hash = (hash ^ c) * Prime;
            }
        }

        return hash;
    }

    public static uint Start => Offset;

    /// <summary>The id of a folded word whose <see cref="Hash"/> is <paramref name="hash"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> folded, uint hash, bool hasPeriod)
    {
        var slot = (int)(hash & (uint)_mask);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            var id = entry - 1;
            if (_hashes[id] == hash && (hasPeriod ? EqualsWithoutPeriods(folded, _words[id]) : folded.SequenceEqual(_words[id])))
            {
                return id;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static bool EqualsWithoutPeriods(ReadOnlySpan<char> folded, string word)
    {
        var w = 0;
        foreach (var c in folded)
        {
            if (c == '.')
            {
                continue;
            }

            if (w == word.Length || word[w] != c)
            {
                return false;
            }

            w++;
        }

        return w == word.Length;
    }
}
