using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Pipeline.Core.Indexing;
using Xunit;
using Directory = Lucene.Net.Store.Directory;

namespace Pipeline.Core.Tests.Indexing;

/// <summary>While a commit flushes the writer threads' buffers, helper threads flush some of them, and their failures reach the committer.</summary>
public sealed class FlushHelpersTests : IDisposable
{
    private readonly string path = Search.TestIndex.NewFolder();

    [Fact]
    public void AHelperFlushesOneOfTwoBuffersAndTheCommitHoldsBoth()
    {
        using var directory = new FlushWatchingDirectory(FSDirectory.Open(path));
        using (var writer = TwoBufferedWriter(directory))
        {
            using (var helpers = FlushHelpers.Start(writer, helpers: 1))
            {
                writer.Commit();
                helpers.Finish();
            }
        }

        Assert.Contains(FlushHelpers.ThreadName, directory.FlushingThreads);
        Assert.Contains(directory.FlushingThreads, name => name != FlushHelpers.ThreadName);
        using var reader = DirectoryReader.Open(FSDirectory.Open(path));
        Assert.Equal(2, reader.NumDocs);
        Assert.Equal(2, reader.Leaves.Count);
    }

    [Fact]
    public void AHelpersFailedFlushIsThrownToTheCommitter()
    {
        using var directory = new FlushWatchingDirectory(FSDirectory.Open(path)) { FailOnHelpers = true };
        using var writer = TwoBufferedWriter(directory);

        var failure = Assert.Throws<IOException>(() =>
        {
            using (var helpers = FlushHelpers.Start(writer, helpers: 1))
            {
                writer.Commit();
                helpers.Finish();
            }
        });

        Assert.Contains("helper's disk is full", failure.ToString(), StringComparison.Ordinal);
        writer.Rollback();
    }

    [Fact]
    public void ACommitThatThrowsKeepsItsOwnExceptionWhenTheHelpersStop()
    {
        using var directory = new FlushWatchingDirectory(FSDirectory.Open(path)) { FailOnHelpers = true, FailOnCommitter = true };
        using var writer = TwoBufferedWriter(directory);

        var failure = Assert.Throws<IOException>(() =>
        {
            using var helpers = FlushHelpers.Start(writer, helpers: 1);
            writer.Commit();
            helpers.Finish();
        });

        Assert.Contains("committer's disk is full", failure.Message, StringComparison.Ordinal);
        writer.Rollback();
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>A writer holding two buffers: a second thread adds while the first is still inside its add, so it gets a buffer of its own.</summary>
    private static IndexWriter TwoBufferedWriter(Directory directory)
    {
        var writer = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.Version, new PipelineAnalyzer()));
        using var firstInside = new ManualResetEventSlim();
        using var secondDone = new ManualResetEventSlim();
        var first = new Thread(() =>
        {
            var document = new Document { new TextField("body", new HeldTokens(firstInside, secondDone)) };
            writer.AddDocument(document);
        });
        first.Start();
        firstInside.Wait();
        var second = new Thread(() =>
        {
            writer.AddDocument(new Document { new TextField("body", "second document", Field.Store.NO) });
            secondDone.Set();
        });
        second.Start();
        second.Join();
        first.Join();
        return writer;
    }

    /// <summary>One token, given only after the other thread's add is done: its add holds its buffer until then.</summary>
    private sealed class HeldTokens : TokenStream
    {
        private readonly ManualResetEventSlim inside;
        private readonly ManualResetEventSlim release;
        private readonly ICharTermAttribute term;
        private bool given;

        public HeldTokens(ManualResetEventSlim inside, ManualResetEventSlim release)
        {
            this.inside = inside;
            this.release = release;
            term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            if (given)
            {
                return false;
            }

            inside.Set();
            release.Wait();
            ClearAttributes();
            term.Append("first");
            given = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            given = false;
        }
    }

    /// <summary>Records which threads write flushed postings; holds the committer's first one so a helper has time to take the other buffer.</summary>
    private sealed class FlushWatchingDirectory(Directory inner) : FilterDirectory(inner)
    {
        private int committerHeld;

        public ConcurrentBag<string> FlushingThreads { get; } = [];

        public bool FailOnHelpers { get; init; }

        public bool FailOnCommitter { get; init; }

        public override IndexOutput CreateOutput(string name, IOContext context)
        {
            // Postings files are written only when a buffer is flushed (stored fields are written as documents come).
            if (name.EndsWith(".tim", StringComparison.Ordinal))
            {
                var thread = Thread.CurrentThread.Name ?? "committer";
                FlushingThreads.Add(thread);
                if (thread == FlushHelpers.ThreadName && FailOnHelpers)
                {
                    throw new IOException("The helper's disk is full");
                }

                if (thread != FlushHelpers.ThreadName && Interlocked.Exchange(ref committerHeld, 1) == 0)
                {
                    Thread.Sleep(300);
                    if (FailOnCommitter)
                    {
                        throw new IOException("The committer's disk is full");
                    }
                }
            }

            return base.CreateOutput(name, context);
        }
    }
}
