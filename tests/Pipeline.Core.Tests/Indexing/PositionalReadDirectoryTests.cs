using System.IO.Hashing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Pipeline.Core.Indexing;
using Xunit;
using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Indexing;

/// <summary>Files written through the directory: the bytes and checksums the codecs rely on, and syncing only what a commit names.</summary>
public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly string path = NewFolder();

    [Fact]
    public void AnOutputWritesEveryByteInOrderAndTheirCrc32()
    {
        var bytes = new byte[40_000];
        new Random(7).NextBytes(bytes);
        using var directory = new PositionalReadDirectory(new DirectoryInfo(path));
        long checksum;
        using (var output = directory.CreateOutput("mixed.bin", IOContext.DEFAULT))
        {
            // Single bytes, a run that fits the buffer, one larger than it, and single bytes again.
            output.WriteByte(bytes[0]);
            output.WriteBytes(bytes, 1, 999);
            output.WriteBytes(bytes, 1_000, 30_000);
            for (var i = 31_000; i < bytes.Length; i++)
            {
                output.WriteByte(bytes[i]);
            }

            Assert.Equal(bytes.Length, output.Position);
            checksum = output.Checksum;
        }

        var written = File.ReadAllBytes(Path.Combine(path, "mixed.bin"));
        Assert.Equal(bytes, written);
        Assert.Equal(Crc32.HashToUInt32(bytes), checksum);
        Assert.Equal(bytes.Length, directory.FileLength("mixed.bin"));
    }

    [Fact]
    public void AnIndexBuiltThroughItPassesLucenesChecksAndIntegrityCheck()
    {
        using (var index = OpenIndex(path))
        {
            for (var i = 0; i < 300; i++)
            {
                index.Upsert(Doc($"doc-{i}", $"Title {i}", string.Join(' ', Enumerable.Repeat($"central bank rates word{i}", 50))));
                if (i % 100 == 99)
                {
                    index.Commit();
                }
            }
        }

        using var directory = new PositionalReadDirectory(new DirectoryInfo(path));
        var status = new CheckIndex(directory).DoCheckIndex();
        Assert.True(status.Clean);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(300, reader.NumDocs);
        foreach (var leaf in reader.Leaves)
        {
            ((SegmentReader)leaf.AtomicReader).CheckIntegrity();
        }
    }

    [Fact]
    public void SyncSyncsAFileOnceAndSkipsFilesDeletedBeforeIt()
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(path));
        using (var output = directory.CreateOutput("kept.bin", IOContext.DEFAULT))
        {
            output.WriteByte(1);
        }

        using (var output = directory.CreateOutput("dropped.bin", IOContext.DEFAULT))
        {
            output.WriteByte(2);
        }

        directory.DeleteFile("dropped.bin");
        directory.Sync(["kept.bin", "dropped.bin"]);

        // Once synced, a file is not synced again: had the directory kept it as unsynced, this would find no file.
        File.Delete(Path.Combine(path, "kept.bin"));
        directory.Sync(["kept.bin"]);
    }

    [Fact]
    public void ClosingAFileLeavesItForTheNextSyncThatNamesIt()
    {
        using var directory = new PositionalReadDirectory(new DirectoryInfo(path));
        using (var output = directory.CreateOutput("closed.bin", IOContext.DEFAULT))
        {
            output.WriteByte(3);
        }

        // The sync opens the file to sync it, so a file gone behind the directory's back shows that it tried, with Lucene's exception type.
        File.Delete(Path.Combine(path, "closed.bin"));
        Assert.Throws<FileNotFoundException>(() => directory.Sync(["closed.bin"]));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }
}
