using Pipeline.Core.Storage;

namespace Pipeline.Core.Tests.Ingestion;

public class FailureKeysTests
{
    [Fact]
    public void Newer_failures_sort_first_by_name_and_round_trip()
    {
        var older = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var newer = older.AddTicks(1);
        var id = DocumentIds.FromPath("a.txt");

        var olderKey = FailureKeys.For(id, older);
        var newerKey = FailureKeys.For(id, newer);

        Assert.True(string.CompareOrdinal(newerKey, olderKey) < 0);
        Assert.Equal((id, newer), FailureKeys.Parse(newerKey));
    }

    [Theory]
    [InlineData("failures/123-0123456789abcdef")]
    [InlineData("0123456789abcdef.json")]
    [InlineData("failures/0000000000000000001-XYZ3456789abcdef")]
    public void Names_that_are_not_markers_parse_to_null(string name)
    {
        Assert.Null(FailureKeys.Parse(name));
    }
}
