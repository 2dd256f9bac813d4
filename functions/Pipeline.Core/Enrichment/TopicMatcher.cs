using System.Buffers;

namespace Pipeline.Core.Enrichment;

/// <summary>Finds topic cues in one pass over a field's tokens, longest cue first, and tallies them per topic.</summary>
internal static class TopicMatcher
{
    public static void Match(TopicTaxonomy taxonomy, FieldText field, TopicTally tally)
    {
        var trie = taxonomy.Trie;
        var count = field.Count;
        if (count == 0)
        {
            return;
        }

        var rented = count > PhraseTrie<TopicCue>.StackTokens ? ArrayPool<int>.Shared.Rent(2 * count) : null;
        Span<int> buffer = rented ?? stackalloc int[2 * PhraseTrie<TopicCue>.StackTokens];
        var ids = buffer[..count];
        var stemIds = buffer.Slice(count, count);
        trie.IdsOf(field, ids, stemIds);
        try
        {
            var tokens = field.Tokens;
            Span<TrieHit> hits = stackalloc TrieHit[PhraseTrie<TopicCue>.MaxPhraseTokens * 2];
            var i = 0;
            while (i < tokens.Length)
            {
                if (ids[i] < 0 && stemIds[i] < 0)
                {
                    i++;
                    continue;
                }

                var hitCount = trie.Walk(tokens, ids, stemIds, i, hits);
                if (hitCount == 0)
                {
                    i++;
                    continue;
                }

                var hit = hits[hitCount - 1];
                var last = tokens[hit.LastToken];
                var start = tokens[i].Start;
                var end = hit.Possessive ? last.Start + last.StemLength : last.End;
                tally.Add(trie.PayloadsOf(hit.Node)!, field, start, end - start);

                i = hit.LastToken + 1;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }
}
