using Lucene.Net.Search;

namespace Pipeline.Core.Search.Postings;

/// <summary>
/// Recognises the queries plain words make (default operator AND): a conjunction of groups, each a disjunction of terms
/// over fields, e.g. <c>+(title:a^3 subtitle:a^2 body:a) +(title:b^3 … country:TR)</c>, exact phrases counting as terms.
/// Anything else (sloppy phrases, wildcards, NOT, minimum-should-match) is not such a query, and is searched by Lucene's own scorers.
/// </summary>
internal static class TermGroups
{
    /// <summary>The groups, every one of which a hit matches at least one term of; null when the query has another shape.</summary>
    public static IReadOnlyList<IReadOnlyList<TermLeaf>>? From(Query query)
    {
        var groups = new List<IReadOnlyList<TermLeaf>>();
        return AddConjunction(query, 1f, groups) && groups.Count > 0 ? groups : null;
    }

    private static bool AddConjunction(Query query, float parentBoost, List<IReadOnlyList<TermLeaf>> groups)
    {
        if (query is BooleanQuery boolean && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST))
        {
            var boost = parentBoost * boolean.Boost;
            return boolean.Clauses.All(clause => AddConjunction(clause.Query, boost, groups));
        }

        var leaves = new List<TermLeaf>();
        if (!AddDisjunction(query, parentBoost, leaves))
        {
            return false;
        }

        groups.Add(leaves);
        return true;
    }

    private static bool AddDisjunction(Query query, float parentBoost, List<TermLeaf> leaves)
    {
        switch (query)
        {
            case TermQuery term:
                leaves.Add(new TermLeaf(term.Term, term.Boost, parentBoost));
                return true;
            case PhraseQuery phrase when phrase.Slop == 0 && phrase.GetTerms().Length > 1:
                leaves.Add(new TermLeaf(phrase.GetTerms(), phrase.GetPositions(), phrase.Boost, parentBoost));
                return true;
            case BooleanQuery boolean when boolean.Clauses.Count > 0 && boolean.MinimumNumberShouldMatch == 0
                                           && boolean.Clauses.All(c => c.Occur == Occur.SHOULD):
                var boost = parentBoost * boolean.Boost;
                return boolean.Clauses.All(clause => AddDisjunction(clause.Query, boost, leaves));
            default:
                return false;
        }
    }
}
