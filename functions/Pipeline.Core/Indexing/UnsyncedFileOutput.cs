using System.IO.Hashing;
using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Pipeline.Core.Indexing;

/// <summary>
/// An index file written through one buffer with positional writes, left in the page cache when it is closed: the directory
/// syncs it when a commit names it. Hand-written: Lucene.Net's FSIndexOutput syncs every file as it closes, so each
/// refresh's tiny segment and each merge waited on the disk, and a commit synced its files one by one on one thread.
/// </summary>
internal sealed class UnsyncedFileOutput : IndexOutput
{
    private const int BufferSize = 16 * 1024;

    private readonly string description;
    private readonly SafeFileHandle handle;
    private readonly Action closed;
    private readonly byte[] buffer = new byte[BufferSize];
    private readonly Crc32 checksum = new();
    private int buffered;
    private long written;
    private bool open = true;

    public UnsyncedFileOutput(string path, Action closed)
    {
        description = $"UnsyncedFileOutput(path=\"{path}\")";
        handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        this.closed = closed;
    }

    public override long Position => written + buffered;

    public override long Length => Position;

    /// <summary>The CRC-32 of every byte written so far, as the codecs' footers need it.</summary>
    public override long Checksum
    {
        get
        {
            FlushBuffer();
            return checksum.GetCurrentHashAsUInt32();
        }
    }

    public override void WriteByte(byte b)
    {
        if (buffered == BufferSize)
        {
            FlushBuffer();
        }

        buffer[buffered++] = b;
    }

    public override void WriteBytes(byte[] b, int offset, int length)
    {
        if (buffered + length > BufferSize)
        {
            FlushBuffer();
            if (length >= BufferSize)
            {
                Write(b.AsSpan(offset, length));
                return;
            }
        }

        b.AsSpan(offset, length).CopyTo(buffer.AsSpan(buffered));
        buffered += length;
    }

    public override void Flush() => FlushBuffer();

    [Obsolete("Lucene 4.8's codecs only append; seeking an output is gone in Lucene 5.")]
    public override void Seek(long pos) => throw new NotSupportedException(description + " only appends.");

    public override string ToString() => description;

    protected override void Dispose(bool disposing)
    {
        if (!disposing || !open)
        {
            return;
        }

        try
        {
            FlushBuffer();
        }
        finally
        {
            open = false;
            handle.Dispose();
            closed();
        }
    }

    private void FlushBuffer()
    {
        if (buffered > 0)
        {
            Write(buffer.AsSpan(0, buffered));
            buffered = 0;
        }
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        ObjectDisposedException.ThrowIf(!open, this);
        checksum.Append(bytes);
        RandomAccess.Write(handle, bytes, written);
        written += bytes.Length;
    }
}
