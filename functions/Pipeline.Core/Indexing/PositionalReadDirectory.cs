using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Pipeline.Core.Indexing;

/// <summary>
/// An <see cref="FSDirectory"/> whose inputs read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>),
/// postings into 8 KB buffers and everything else (read at random places) into 2 KB ones. Hand-written: NIOFSDirectory refills 1 KB at a time, each through a seek, a read and a file-length
/// check (about 30 % of a broad query's samples), and MMapDirectory crashes under Lucene.Net (lucenenet#1013).
/// Files are written through <see cref="UnsyncedFileOutput"/> and synced when a commit names them, all at once; locks are FSDirectory's own.
/// </summary>
public sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    /// <summary>Postings are read front to back, many blocks per refill; small enough to allocate for every term's clone.</summary>
    public const int PostingsBufferSize = 8 * 1024;

    /// <summary>Terms, doc values and stored fields are read at random places, where a large refill copies bytes nobody reads.</summary>
    public const int RandomAccessBufferSize = 2 * 1024;

    private static readonly string[] PostingsExtensions = [".doc", ".pos", ".pay"];

    /// <summary>Files closed since they were written and not synced yet: what a commit that names them has to sync.</summary>
    private readonly ConcurrentDictionary<string, bool> unsynced = new(StringComparer.Ordinal);

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        EnsureOpen();
        Directory.Create();
        unsynced.TryRemove(name, out _);
        return new UnsyncedFileOutput(Path.Combine(Directory.FullName, name), () => unsynced[name] = true);
    }

    /// <summary>Syncs those of <paramref name="names"/> written since their last sync, side by side, so the disk can take them in one go.</summary>
    public override void Sync(ICollection<string> names)
    {
        EnsureOpen();
        var toSync = names.Where(unsynced.ContainsKey).ToList();
        try
        {
            Parallel.ForEach(toSync, SyncFile);
        }
        catch (AggregateException failures)
        {
            // Lucene expects the IOException itself.
            ExceptionDispatchInfo.Throw(failures.InnerExceptions[0]);
        }
    }

    public override void DeleteFile(string name)
    {
        base.DeleteFile(name);
        unsynced.TryRemove(name, out _);
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var handle = OpenHandle(name);
        return new PositionalIndexInput($"PositionalIndexInput(path=\"{Path.Combine(Directory.FullName, name)}\")", handle, 0, RandomAccess.GetLength(handle), BufferSizeFor(name), ownsHandle: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(Path.Combine(Directory.FullName, name), OpenHandle(name));
    }

    private void SyncFile(string name)
    {
        using var file = new FileStream(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        file.Flush(flushToDisk: true);
        unsynced.TryRemove(name, out _);
    }

    private static int BufferSizeFor(string fileName) =>
        Array.Exists(PostingsExtensions, extension => fileName.EndsWith(extension, StringComparison.Ordinal)) ? PostingsBufferSize : RandomAccessBufferSize;

    private SafeFileHandle OpenHandle(string name) =>
        File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>Slices of a compound file share the slicer's handle; the slicer closes it.</summary>
    private sealed class Slicer(string path, SafeFileHandle handle) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalIndexInput($"PositionalIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", handle, offset, length, BufferSizeFor(sliceDescription), ownsHandle: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    /// <summary>One file or slice; clones share the handle (positional reads need no shared file position) and never close it.</summary>
    private sealed class PositionalIndexInput(string description, SafeFileHandle handle, long sliceOffset, long sliceLength, int bufferSize, bool ownsHandle)
        : BufferedIndexInput(description, bufferSize)
    {
        private bool isClone;

        public override long Length => sliceLength;

        public override object Clone()
        {
            var clone = (PositionalIndexInput)base.Clone();
            clone.isClone = true;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            var position = Position;
            if (position + length > sliceLength)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }

            var target = b.AsSpan(offset, length);
            var at = sliceOffset + position;
            while (!target.IsEmpty)
            {
                var read = RandomAccess.Read(handle, target, at);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this}");
                }

                target = target[read..];
                at += read;
            }
        }

        // Every read names its position, so there is nothing to move.
        protected override void SeekInternal(long pos)
        {
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && ownsHandle && !isClone)
            {
                handle.Dispose();
            }
        }
    }
}
