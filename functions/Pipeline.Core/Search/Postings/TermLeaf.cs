using Lucene.Net.Index;

namespace Pipeline.Core.Search.Postings;

/// <summary>
/// One clause of a query: a term, or an exact phrase (its terms at positions relative to one another; stop words leave
/// gaps), with its own boost and the product of the boosts of the Boolean queries around it.
/// </summary>
internal sealed record TermLeaf(Term[] Terms, int[] Positions, float Boost, float ParentBoost)
{
    public TermLeaf(Term term, float boost, float parentBoost)
        : this([term], [0], boost, parentBoost)
    {
    }

    public string Field => Terms[0].Field;

    public bool IsPhrase => Terms.Length > 1;

    /// <summary>What a segment's cached documents for this clause are keyed by within its field.</summary>
    public string Key => IsPhrase ? string.Join(' ', Terms.Select((term, i) => $"{Positions[i]}:{term.Text}")) : Terms[0].Text;
}
