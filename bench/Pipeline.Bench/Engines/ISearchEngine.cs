using Pipeline.Bench.Queries;

namespace Pipeline.Bench.Engines;

public interface ISearchEngine : IDisposable
{
    BenchAnswer Search(BenchQuery query, int facetSize);
}
