using Pipeline.Core.Indexing;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Tests.Indexing;

public sealed class HitMetadataReaderTests
{
    public static TheoryData<HitMetadata> Written() => new()
    {
        new HitMetadata("reports/a b/é.html", "\"0x8DC\"", new DateTimeOffset(2026, 3, 1, 14, 30, 5, TimeSpan.FromHours(3)), ["TR", "AZ"], ["TR"], ["politics", "politics/elections"]),
        new HitMetadata("x.txt", null, null, [], [], []),
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Reads_back_what_the_indexer_writes(HitMetadata written)
    {
        var read = HitMetadataReader.Read(PipelineJson.Serialize(written));

        Assert.Equal(written.SourcePath, read.SourcePath);
        Assert.Equal(written.SourceETag, read.SourceETag);
        Assert.Equal(written.Published, read.Published);
        Assert.Equal(written.Published?.Offset, read.Published?.Offset);
        Assert.Equal(written.Countries, read.Countries);
        Assert.Equal(written.MainCountries, read.MainCountries);
        Assert.Equal(written.Topics, read.Topics);
    }
}
