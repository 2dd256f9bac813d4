using Azure;
using Pipeline.Core.Ingestion;

namespace Pipeline.Core.Tests.Ingestion;

public class TransientErrorsTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(412, false)]
    public void Storage_statuses_are_told_apart(int status, bool transient)
    {
        Assert.Equal(transient, TransientErrors.IsTransient(new RequestFailedException(status, "storage said no")));
    }

    [Fact]
    public void Network_failures_are_transient_and_bugs_are_not()
    {
        Assert.True(TransientErrors.IsTransient(new HttpRequestException("connection reset")));
        Assert.True(TransientErrors.IsTransient(new IOException("broken pipe")));
        Assert.False(TransientErrors.IsTransient(new InvalidOperationException("a bug")));
    }
}
