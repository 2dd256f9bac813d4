using System.Buffers;

namespace Pipeline.Core.Enrichment;

/// <summary>Finds topic cues in one pass over a field's tokens, longest cue first, and tallies them per topic.</summary>
internal static class TopicMatcher
{
    public static void Match(TopicTaxonomy taxonomy, FieldText field, TopicTally tally)
    {
        var trie = taxonomy.Trie;
        var (ids, stemIds) = trie.IdsOf(field);
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
            ArrayPool<int>.Shared.Return(ids);
            ArrayPool<int>.Shared.Return(stemIds);
        }
    }
}
