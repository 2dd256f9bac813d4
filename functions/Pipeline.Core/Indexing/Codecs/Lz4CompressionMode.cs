using K4os.Compression.LZ4;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Pipeline.Core.Indexing.Codecs;

/// <summary>
/// LZ4 block compression by K4os.Compression.LZ4 for Lucene's compressing stored fields: a chunk is written as its
/// compressed length and the LZ4 block, and a read decodes only as far as the document it wants.
/// </summary>
public sealed class Lz4CompressionMode : CompressionMode
{
    private Lz4CompressionMode()
    {
    }

    /// <summary>The one instance: merges copy compressed chunks whole only between formats with the same mode instance.</summary>
    public static Lz4CompressionMode Instance { get; } = new();

    public override Compressor NewCompressor() => new Lz4Compressor();

    public override Decompressor NewDecompressor() => new Lz4Decompressor();

    public override string ToString() => "K4osLz4Fast";

    private sealed class Lz4Compressor : Compressor
    {
        private byte[] buffer = [];

        public override void Compress(byte[] bytes, int off, int len, DataOutput output)
        {
            if (len == 0)
            {
                output.WriteVInt32(0);
                return;
            }

            var bound = LZ4Codec.MaximumOutputSize(len);
            if (buffer.Length < bound)
            {
                buffer = new byte[ArrayUtil.Oversize(bound, 1)];
            }

            var written = LZ4Codec.Encode(bytes.AsSpan(off, len), buffer.AsSpan(0, bound), LZ4Level.L00_FAST);
            output.WriteVInt32(written);
            output.WriteBytes(buffer, 0, written);
        }
    }

    private sealed class Lz4Decompressor : Decompressor
    {
        private byte[] compressed = [];

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            var compressedLength = input.ReadVInt32();
            if (compressed.Length < compressedLength)
            {
                compressed = new byte[ArrayUtil.Oversize(compressedLength, 1)];
            }

            input.ReadBytes(compressed, 0, compressedLength);
            var wanted = offset + length;
            if (bytes.Bytes.Length < wanted)
            {
                bytes.Bytes = new byte[ArrayUtil.Oversize(wanted, 1)];
            }

            if (wanted > 0)
            {
                var decoded = LZ4Codec.PartialDecode(compressed.AsSpan(0, compressedLength), bytes.Bytes.AsSpan(0, wanted));
                if (decoded < wanted)
                {
                    throw new CorruptIndexException($"LZ4 block decoded to {decoded} bytes where {wanted} of {originalLength} were expected (resource={input})");
                }
            }

            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new Lz4Decompressor();
    }
}
