namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>Another instance held the index write lock for longer than this one would wait; the request should be retried later.</summary>
public sealed class IndexWriterUnavailableException : Exception
{
    public IndexWriterUnavailableException()
    {
    }

    public IndexWriterUnavailableException(string message)
        : base(message)
    {
    }

    public IndexWriterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
