using Lucene.Net.Index;

namespace Pipeline.Core.Indexing;

/// <summary>
/// Threads that flush writer buffers while a commit runs. A commit flushes every writer thread's buffer one after another
/// on the committing thread; an add, even of no documents, first flushes any buffer that is queued (Lucene's
/// DocumentsWriter.PreUpdate), so helpers that keep offering empty adds flush the other buffers beside it.
/// </summary>
internal sealed class FlushHelpers : IDisposable
{
    public const string ThreadName = "Index flush helper";

    private static readonly IEnumerable<IEnumerable<IIndexableField>> NoDocuments = [];

    private readonly IndexWriter writer;
    private readonly ManualResetEventSlim done = new();
    private readonly Thread[] threads;
    private Exception? failure;
    private bool stopped;

    private FlushHelpers(IndexWriter writer, int count)
    {
        this.writer = writer;
        threads = new Thread[count];
        for (var i = 0; i < count; i++)
        {
            threads[i] = new Thread(Help) { IsBackground = true, Name = ThreadName };
            threads[i].Start();
        }
    }

    /// <summary>One helper per core beyond the caller's, as many as the writer can have buffers.</summary>
    public static FlushHelpers Start(IndexWriter writer) =>
        Start(writer, Math.Min(Environment.ProcessorCount - 1, writer.Config.MaxThreadStates - 1));

    public static FlushHelpers Start(IndexWriter writer, int helpers) => new(writer, helpers);

    /// <summary>Stops the helpers after a commit that succeeded; throws what a helper's flush failed with, as the commit itself would have.</summary>
    public void Finish()
    {
        Dispose();
        if (failure is not null)
        {
            throw new IOException("Flushing the index writer's buffers failed: " + failure.Message, failure);
        }
    }

    /// <summary>Stops the helpers; a commit that threw keeps its own exception.</summary>
    public void Dispose()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        done.Set();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        done.Dispose();
    }

    private void Help()
    {
        try
        {
            // A queued buffer waits at most a millisecond; an idle helper sleeps, so the commit's disk sync costs no core.
            do
            {
                writer.AddDocuments(NoDocuments);
            }
            while (!done.Wait(1));
        }
        catch (Exception exception)
        {
            // Thrown on this thread it would end the process; the commit's caller gets it instead.
            Interlocked.CompareExchange(ref failure, exception, null);
        }
    }
}
