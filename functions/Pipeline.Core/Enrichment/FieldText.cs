using System.Buffers;

namespace Pipeline.Core.Enrichment;

/// <summary>One field (title, subtitle or body) tokenized once, with a folded copy for lookups; rents pooled buffers, so dispose it.</summary>
internal sealed class FieldText : IDisposable
{
    private char[] _folded;
    private Token[] _tokens;

    public FieldText(string field, string text, int combinedOffset)
    {
        Field = field;
        Text = text;
        CombinedOffset = combinedOffset;
        _folded = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        TextFolding.Fold(text, _folded);
        _tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 5));
        Count = Tokenizer.Tokenize(text, ref _tokens);
    }

    public string Field { get; }

    public string Text { get; }

    /// <summary>Where this field starts in the title + subtitle + body order, each field followed by one separator.</summary>
    public int CombinedOffset { get; }

    public int Count { get; }

    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, Count);

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
        ArrayPool<char>.Shared.Return(_folded);
        ArrayPool<Token>.Shared.Return(_tokens);
        _folded = [];
        _tokens = [];
    }
}
