using Lucene.Net.Index;

namespace Pipeline.Core.Search.Postings;

/// <summary>One term clause of a query: its own boost, and the product of the boosts of the Boolean queries around it.</summary>
internal sealed record TermLeaf(Term Term, float Boost, float ParentBoost);
