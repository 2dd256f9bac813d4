using Lucene.Net.Search;

namespace Pipeline.Core.Search.Highlighting;

/// <summary>What to mark in one field: the query's single terms and exact phrases on it (negated clauses excluded).</summary>
internal sealed class QueryMarks
{
    private QueryMarks(HashSet<string> terms, List<(string[] Terms, int[] Positions)> phrases)
    {
        Terms = terms;
        Phrases = phrases;
    }

    public HashSet<string> Terms { get; }

    /// <summary>Each phrase's terms and their positions relative to one another (stop words leave gaps).</summary>
    public List<(string[] Terms, int[] Positions)> Phrases { get; }

    /// <summary>Null when the query has parts whose matches cannot be listed up front (wildcards, fuzzy terms, sloppy phrases).</summary>
    public static QueryMarks? For(Query query, string field)
    {
        var marks = new QueryMarks(new HashSet<string>(StringComparer.Ordinal), []);
        return marks.Add(query, field) ? marks : null;
    }

    private bool Add(Query query, string field)
    {
        switch (query)
        {
            case TermQuery term:
                if (term.Term.Field == field)
                {
                    Terms.Add(term.Term.Text);
                }

                return true;
            case PhraseQuery phrase when phrase.Slop == 0:
                var terms = phrase.GetTerms();
                if (terms.Length > 0 && terms[0].Field == field)
                {
                    Phrases.Add(([.. terms.Select(t => t.Text)], phrase.GetPositions()));
                }

                return true;
            case BooleanQuery boolean:
                return boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).All(clause => Add(clause.Query, field));
            default:
                return false;
        }
    }
}
