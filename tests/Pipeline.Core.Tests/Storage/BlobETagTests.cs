using Azure;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Tests.Storage;

public sealed class BlobETagTests
{
    [Fact]
    public void A_listed_etag_and_a_header_etag_of_one_version_are_the_same_text()
    {
        Assert.Equal(BlobETag.Text(new ETag("0x8DC1F00D")), BlobETag.Text(new ETag("\"0x8DC1F00D\"")));
        Assert.Equal("0x8DC1F00D", BlobETag.Text("\"0x8DC1F00D\""));
    }

    [Fact]
    public void Different_versions_stay_different()
    {
        Assert.NotEqual(BlobETag.Text(new ETag("\"0x8DC1F00D\"")), BlobETag.Text(new ETag("\"0x8DC1F00E\"")));
    }
}
