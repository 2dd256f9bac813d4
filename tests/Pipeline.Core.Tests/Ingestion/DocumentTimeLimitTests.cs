using Pipeline.Core.Documents;
using Pipeline.Core.Ingestion;

namespace Pipeline.Core.Tests.Ingestion;

public class DocumentTimeLimitTests
{
    [Fact]
    public async Task Work_that_outlives_the_limit_fails_with_a_reason()
    {
        var error = await Assert.ThrowsAsync<UnprocessableDocumentException>(() => DocumentTimeLimit.RunAsync(
            token =>
            {
                token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
                token.ThrowIfCancellationRequested();
                return 1;
            },
            TimeSpan.FromMilliseconds(50),
            CancellationToken.None));

        Assert.Contains("MaxDocumentMilliseconds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Work_within_the_limit_returns_its_result_and_its_own_refusals_pass_through()
    {
        Assert.Equal(42, await DocumentTimeLimit.RunAsync(_ => 42, TimeSpan.FromSeconds(30), CancellationToken.None));
        var error = await Assert.ThrowsAsync<UnprocessableDocumentException>(() => DocumentTimeLimit.RunAsync<int>(
            _ => throw new UnprocessableDocumentException("empty file"), TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.Equal("empty file", error.Message);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_reported_as_a_time_limit()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DocumentTimeLimit.RunAsync(_ => 1, TimeSpan.FromSeconds(30), cancelled.Token));
    }
}
