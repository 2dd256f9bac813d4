using System.Text;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Pipeline.Core.Indexing;
using Pipeline.Core.Indexing.Codecs;
using Xunit;
using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Indexing.Codecs;

/// <summary>Stored fields written by the pipeline's codec read back byte for byte, across chunks, segments, merges and older segments.</summary>
public sealed class PipelineCodecTests : IDisposable
{
    private readonly string path = NewFolder();

    public PipelineCodecTests() => PipelineCodec.Register();

    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    public void StoredFieldsReadBackExactlyBeforeAndAfterMerging(int seed)
    {
        var random = new Random(seed);
        var expected = Enumerable.Range(0, 240).Select(i => RandomStored(random, i)).ToList();
        using var directory = FSDirectory.Open(path);
        using (var writer = new IndexWriter(directory, Config(new PipelineCodec())))
        {
            foreach (var (i, stored) in expected.Index())
            {
                writer.AddDocument(ToDocument(stored));

                // Several segments, so that merging has chunks to copy whole and chunks to rewrite.
                if (i % 40 == 39)
                {
                    writer.Commit();
                }
            }

            writer.Commit();
            AssertStored(directory, expected);

            // A deletion makes the merge decompress and rewrite that segment's chunks instead of copying them.
            writer.DeleteDocuments(new Term("id", "7"));
            expected.RemoveAt(7);
            writer.ForceMerge(1);
            writer.Commit();
        }

        AssertStored(directory, expected);
        Assert.All(Segments(directory), segment => Assert.Equal(PipelineCodec.CodecName, segment.Info.Codec.Name));
    }

    [Fact]
    public void SegmentsWrittenBeforeTheCodecStayReadableAndMergeIntoIt()
    {
        var random = new Random(5);
        var expected = Enumerable.Range(0, 60).Select(i => RandomStored(random, i)).ToList();
        using var directory = FSDirectory.Open(path);
        using (var writer = new IndexWriter(directory, Config(new Lucene46Codec())))
        {
            foreach (var stored in expected[..30])
            {
                writer.AddDocument(ToDocument(stored));
            }
        }

        using (var writer = new IndexWriter(directory, Config(new PipelineCodec())))
        {
            foreach (var stored in expected[30..])
            {
                writer.AddDocument(ToDocument(stored));
            }

            writer.Commit();
            Assert.Equal(["Lucene46", PipelineCodec.CodecName], Segments(directory).Select(segment => segment.Info.Codec.Name));
            AssertStored(directory, expected);

            writer.ForceMerge(1);
            writer.Commit();
        }

        AssertStored(directory, expected);
        Assert.Equal([PipelineCodec.CodecName], Segments(directory).Select(segment => segment.Info.Codec.Name));
    }

    [Fact]
    public void TheIndexWritesItsSegmentsWithTheCodec()
    {
        using (var index = OpenIndex(path))
        {
            index.Upsert(Doc("a", "Title", "Body text of the first document."));
            index.Commit();
        }

        using var directory = FSDirectory.Open(path);
        Assert.Equal([PipelineCodec.CodecName], Segments(directory).Select(segment => segment.Info.Codec.Name));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    private static IndexWriterConfig Config(Lucene.Net.Codecs.Codec codec) => new(IndexSchema.Version, new PipelineAnalyzer())
    {
        Codec = codec,
        OpenMode = OpenMode.CREATE_OR_APPEND,
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
    };

    private static List<SegmentCommitInfo> Segments(Lucene.Net.Store.Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return [.. infos.Segments];
    }

    /// <summary>Text of every size from empty to several chunks, repetitive (compressible) or random (not), with a binary field.</summary>
    private static StoredDoc RandomStored(Random random, int i)
    {
        var length = random.Next(6) switch
        {
            0 => 0,
            1 => random.Next(1, 40),
            2 => random.Next(40, 4_000),
            3 => random.Next(4_000, 20_000),
            4 => random.Next(20_000, 70_000),
            _ => random.Next(100, 1_000),
        };
        var text = new StringBuilder(length);
        var words = new[] { "trade", "talks", "Türkiye", "minister", "élection", "北京", "😀", "grain", "port" };
        var repetitive = random.Next(2) == 0;
        while (text.Length < length)
        {
            text.Append(repetitive ? words[random.Next(words.Length)] : ((char)random.Next(0x20, 0xD7FF)).ToString()).Append(' ');
        }

        var binary = new byte[random.Next(0, 300)];
        random.NextBytes(binary);
        return new StoredDoc(i.ToString(System.Globalization.CultureInfo.InvariantCulture), text.ToString(), binary);
    }

    private static Document ToDocument(StoredDoc stored) =>
    [
        new StringField("id", stored.Id, Field.Store.YES),
        new TextField("body", stored.Body, Field.Store.YES),
        new StoredField("blob", stored.Blob),
    ];

    private static void AssertStored(Lucene.Net.Store.Directory directory, IReadOnlyList<StoredDoc> expected)
    {
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        var actual = Enumerable.Range(0, reader.MaxDoc)
            .Where(doc => live is null || live.Get(doc))
            .Select(doc => reader.Document(doc))
            .Select(ToStored)
            .OrderBy(stored => int.Parse(stored.Id, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.Equal(want.Id, got.Id);
            Assert.Equal(want.Body, got.Body);
            Assert.Equal(want.Blob, got.Blob);
        }
    }

    private static StoredDoc ToStored(Document document)
    {
        var blob = document.GetBinaryValue("blob");
        return new StoredDoc(document.Get("id"), document.Get("body"), blob.Bytes.AsSpan(blob.Offset, blob.Length).ToArray());
    }

    private sealed record StoredDoc(string Id, string Body, byte[] Blob);
}
