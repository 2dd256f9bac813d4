using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Core.Indexing;

/// <summary>Every searcher scores with the schema's similarity (BM25), as the writer indexed with it.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = IndexSchema.Similarity };
}
