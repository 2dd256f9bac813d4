using System.Buffers;

namespace Pipeline.Core.Enrichment;

/// <summary>Finds country mentions in one pass over a field's tokens, longest alias first, applying alias flags and context rules.</summary>
internal static class CountryMatcher
{
    public static void Match(CountryGazetteer gazetteer, FieldText field, List<CountryMatch> matches)
    {
        var trie = gazetteer.Trie;
        var count = field.Count;
        if (count == 0)
        {
            return;
        }

        var rented = count > PhraseTrie<CountryAlias>.StackTokens ? ArrayPool<int>.Shared.Rent(2 * count) : null;
        Span<int> buffer = rented ?? stackalloc int[2 * PhraseTrie<CountryAlias>.StackTokens];
        var ids = buffer[..count];
        var stemIds = buffer.Slice(count, count);
        trie.IdsOf(field, ids, stemIds);
        try
        {
            var tokens = field.Tokens;
            var titleCase = field.Field == "title" && field.IsTitleCase();
            Span<TrieHit> hits = stackalloc TrieHit[PhraseTrie<CountryAlias>.MaxPhraseTokens * 2];
            var i = 0;
            while (i < tokens.Length)
            {
                if (ids[i] < 0 && stemIds[i] < 0)
                {
                    i++;
                    continue;
                }

                var hitCount = trie.Walk(tokens, ids, stemIds, i, hits);
                i = MatchLongest(gazetteer, field, ids, i, hits[..hitCount], titleCase, matches) ?? i + 1;
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

    /// <summary>Returns the token after the accepted (or blocking) phrase, or null when no phrase starting here is accepted.</summary>
    private static int? MatchLongest(
        CountryGazetteer gazetteer, FieldText field, ReadOnlySpan<int> ids, int first, ReadOnlySpan<TrieHit> hits, bool titleCase, List<CountryMatch> matches)
    {
        var tokens = field.Tokens;
        for (var h = hits.Length - 1; h >= 0; h--)
        {
            var hit = hits[h];
            var lastToken = tokens[hit.LastToken];
            var start = tokens[first].Start;
            var end = hit.Possessive ? lastToken.Start + lastToken.StemLength : lastToken.End;
            var surface = field.Original(start, end - start);
            foreach (var alias in gazetteer.Trie.PayloadsOf(hit.Node)!)
            {
                if (!alias.CaseMatches(surface))
                {
                    continue;
                }

                if (alias.IsBlocker)
                {
                    return hit.LastToken + 1;
                }

                if (gazetteer.Rules.IsUsState(alias, field, first, hit.LastToken))
                {
                    matches.Add(new CountryMatch(alias.AsUsState(), field, start, end - start, Weak: false));
                    return hit.LastToken + 1;
                }

                if (!gazetteer.Rules.Accepts(alias, field, first, hit.LastToken, gazetteer.Trie, ids))
                {
                    continue;
                }

                matches.Add(new CountryMatch(alias, field, start, end - start, CountryContextRules.IsWeak(alias, tokens[first], titleCase)));
                return hit.LastToken + 1;
            }
        }

        return null;
    }
}
