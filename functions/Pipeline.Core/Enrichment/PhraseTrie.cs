using System.Buffers;

namespace Pipeline.Core.Enrichment;

/// <summary>A place where a walk of the trie ended on a phrase: the node, the phrase's last token, and whether that token was read without its 's.</summary>
internal readonly record struct TrieHit(int Node, int LastToken, bool Possessive);

/// <summary>
/// Phrases as token sequences: a vocabulary maps each folded word to an id (one hash per text token, most of which miss),
/// and transitions map (node, word id) to the next node. Immutable once built, so safe to share across threads.
/// </summary>
internal sealed class PhraseTrie<T>
{
    public const int MaxPhraseTokens = 12;

    private readonly WordTable _vocabulary;
    private readonly Dictionary<long, int> _transitions;
    private readonly T[]?[] _payloads;

    private PhraseTrie(WordTable vocabulary, Dictionary<long, int> transitions, T[]?[] payloads)
    {
        _vocabulary = vocabulary;
        _transitions = transitions;
        _payloads = payloads;
    }

    public int WordCount => _vocabulary.Count;

    public T[]? PayloadsOf(int node) => _payloads[node];

    /// <summary>True when some phrase starts with this word.</summary>
    public bool StartsPhrase(int wordId) => wordId >= 0 && _transitions.ContainsKey(Key(0, wordId));

    /// <summary>The word id of a folded token, ignoring abbreviation periods; -1 when no phrase uses it.</summary>
    public int IdOf(ReadOnlySpan<char> folded) => _vocabulary.Find(folded, WordTable.Hash(folded), folded.Contains('.'));

    /// <summary>Most tokens a field may have for its word ids to live on the stack rather than in a pooled array.</summary>
    public const int StackTokens = 256;

    /// <summary>Word ids of every token of a field, whole and without a possessive 's, into spans of <see cref="FieldText.Count"/> the caller owns.</summary>
    public void IdsOf(FieldText field, Span<int> ids, Span<int> stemIds)
    {
        var tokens = field.Tokens;
        var hashes = field.Hashes;
        var stemHashes = field.StemHashes;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            ids[i] = _vocabulary.Find(field.Folded(token.Start, token.Length), hashes[i], token.HasPeriod);
            stemIds[i] = token.IsPossessive ? _vocabulary.Find(field.Folded(token.Start, token.StemLength), stemHashes[i], token.HasPeriod) : -1;
        }
    }

    /// <summary>Walks from token <paramref name="start"/>, recording every phrase end reached, shortest first; returns how many.</summary>
    public int Walk(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, ReadOnlySpan<int> stemIds, int start, Span<TrieHit> hits)
    {
        var count = 0;
        var node = 0;
        for (var j = start; j < tokens.Length && count < hits.Length; j++)
        {
            if (j > start && !tokens[j].JoinedToPrevious)
            {
                break;
            }

            if (stemIds[j] >= 0 && _transitions.TryGetValue(Key(node, stemIds[j]), out var stemNode) && _payloads[stemNode] is not null)
            {
                hits[count++] = new TrieHit(stemNode, j, Possessive: true);
            }

            if (ids[j] < 0 || !_transitions.TryGetValue(Key(node, ids[j]), out node))
            {
                break;
            }

            if (_payloads[node] is not null && count < hits.Length)
            {
                hits[count++] = new TrieHit(node, j, Possessive: false);
            }

            if (tokens[j].IsPossessive)
            {
                break;
            }
        }

        return count;
    }

    private static long Key(int node, int wordId) => ((long)node << 32) | (uint)wordId;

    /// <summary>Collects phrases; tokenizes and folds them exactly as text is, so both sides meet on the same keys.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
        private readonly Dictionary<long, int> _transitions = [];
        private readonly List<List<T>?> _payloads = [null];

        /// <summary>Adds a phrase; returns false when it holds no word or too many.</summary>
        public bool Add(string phrase, T payload)
        {
            var tokens = ArrayPool<Token>.Shared.Rent(16);
            try
            {
                var count = Tokenizer.Tokenize(phrase, ref tokens);
                return count is > 0 and <= MaxPhraseTokens && Add(TextFolding.Fold(phrase), tokens.AsSpan(0, count), payload);
            }
            finally
            {
                ArrayPool<Token>.Shared.Return(tokens);
            }
        }

        private bool Add(string folded, ReadOnlySpan<Token> tokens, T payload)
        {
            var count = tokens.Length;

            var node = 0;
            for (var i = 0; i < count; i++)
            {
                var word = folded.Substring(tokens[i].Start, tokens[i].Length).Replace(".", "", StringComparison.Ordinal);
                if (!_vocabulary.TryGetValue(word, out var wordId))
                {
                    wordId = _vocabulary.Count;
                    _vocabulary.Add(word, wordId);
                }

                if (!_transitions.TryGetValue(Key(node, wordId), out var next))
                {
                    next = _payloads.Count;
                    _payloads.Add(null);
                    _transitions.Add(Key(node, wordId), next);
                }

                node = next;
            }

            (_payloads[node] ??= []).Add(payload);
            return true;
        }

        public PhraseTrie<T> Build() =>
            new(new WordTable([.. _vocabulary.OrderBy(p => p.Value).Select(p => p.Key)]), new Dictionary<long, int>(_transitions), _payloads.Select(p => p?.ToArray()).ToArray());
    }
}
