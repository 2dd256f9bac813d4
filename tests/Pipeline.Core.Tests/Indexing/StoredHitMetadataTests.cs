using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Core.Indexing;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Tests.Indexing;

public sealed class StoredHitMetadataTests
{
    public static TheoryData<HitMetadata> Written() => new()
    {
        new HitMetadata("reports/a b/é.html", "\"0x8DC\"", new DateTimeOffset(2026, 3, 1, 14, 30, 5, TimeSpan.FromHours(3)), ["TR", "AZ"], ["TR"], ["politics", "politics/elections"]),
        new HitMetadata("x.txt", null, null, [], [], []),
        new HitMetadata("中文/\"quoted\" \\ line\nbreak.md", "W/\"1\"", new DateTimeOffset(1999, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(-9.5)), ["CI"], [], ["science"]),
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Reads_back_what_the_indexer_writes(HitMetadata written) =>
        AssertSame(written, StoredHitMetadata.Read(StoredHitMetadata.Write(written)));

    [Theory]
    [MemberData(nameof(Written))]
    public void Reads_metadata_that_indexes_written_before_hold(HitMetadata written) =>
        AssertSame(written, StoredHitMetadata.Read(PipelineJson.Serialize(written)));

    [Theory]
    [MemberData(nameof(Written))]
    public void Writes_the_same_json_as_the_pipelines_dialect(HitMetadata written)
    {
        var expected = Parsed(PipelineJson.Serialize(written));
        var actual = Parsed(StoredHitMetadata.Write(written));
        Assert.True(JToken.DeepEquals(expected, actual), $"expected {expected}, got {actual}");
    }

    private static JToken Parsed(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.DateTimeOffset };
        return JToken.Load(reader);
    }

    private static void AssertSame(HitMetadata written, HitMetadata read)
    {
        Assert.Equal(written.SourcePath, read.SourcePath);
        Assert.Equal(written.SourceETag, read.SourceETag);
        Assert.Equal(written.Published, read.Published);
        Assert.Equal(written.Published?.Offset, read.Published?.Offset);
        Assert.Equal(written.Countries, read.Countries);
        Assert.Equal(written.MainCountries, read.MainCountries);
        Assert.Equal(written.Topics, read.Topics);
    }
}
