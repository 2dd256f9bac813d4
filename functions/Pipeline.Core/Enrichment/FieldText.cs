using System.Buffers;

namespace Pipeline.Core.Enrichment;

/// <summary>One field (title, subtitle or body) tokenized once, with a folded copy for lookups; rents pooled buffers, so dispose it.</summary>
internal sealed class FieldText : IDisposable
{
    private char[] _folded;
    private Token[] _tokens;
    private uint[] _hashes;

    public FieldText(string field, string text, int combinedOffset)
    {
        Field = field;
        Text = text;
        CombinedOffset = combinedOffset;
        // An empty field (most subtitles) rents nothing.
        _folded = text.Length == 0 ? [] : ArrayPool<char>.Shared.Rent(text.Length);
        TextFolding.Fold(text, _folded);
        _tokens = text.Length == 0 ? [] : ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 5));
        Count = Tokenizer.Tokenize(text, ref _tokens);
        _hashes = Count == 0 ? [] : ArrayPool<uint>.Shared.Rent(2 * Count);
        HashTokens();
    }

    public string Field { get; }

    public string Text { get; }

    /// <summary>Where this field starts in the title + subtitle + body order, each field followed by one separator.</summary>
    public int CombinedOffset { get; }

    public int Count { get; }

    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>Per token, the <see cref="WordTable.Hash"/> of its folded text, computed once for every trie.</summary>
    public ReadOnlySpan<uint> Hashes => _hashes.AsSpan(0, Count);

    /// <summary>Per token, the hash of its folded text without a possessive 's (equal to <see cref="Hashes"/> when there is none).</summary>
    public ReadOnlySpan<uint> StemHashes => _hashes.AsSpan(Count, Count);

    public ReadOnlySpan<char> Folded(int start, int length) => _folded.AsSpan(start, length);

    public ReadOnlySpan<char> Original(int start, int length) => Text.AsSpan(start, length);

    /// <summary>Most words in a title written in Title Case are capitalised, so capitals there do not mark proper nouns.</summary>
    public bool IsTitleCase()
    {
        int words = 0, capitalised = 0;
        foreach (var token in Tokens)
        {
            if (token.Length > 3)
            {
                words++;
                capitalised += token.Capitalised ? 1 : 0;
            }
        }

        return words >= 3 && capitalised * 10 >= words * 7;
    }

    public void Dispose()
    {
        Return(_folded);
        Return(_tokens);
        Return(_hashes);
        _folded = [];
        _tokens = [];
        _hashes = [];
    }

    private static void Return<T>(T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }

    private void HashTokens()
    {
        for (var i = 0; i < Count; i++)
        {
            var token = _tokens[i];
            var stem = WordTable.Continue(WordTable.Start, _folded.AsSpan(token.Start, token.StemLength));
            _hashes[Count + i] = stem;
            _hashes[i] = token.IsPossessive ? WordTable.Continue(stem, _folded.AsSpan(token.Start + token.StemLength, token.Length - token.StemLength)) : stem;
        }
    }
}
