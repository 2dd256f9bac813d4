using Pipeline.Core.Ingestion;

namespace Pipeline.Core.Tests.Ingestion;

public class IndexWriteLedgerTests
{
    [Fact]
    public void A_reindex_write_is_dropped_when_the_index_writer_wrote_the_id_after_the_read()
    {
        var ledger = new IndexWriteLedger();
        var writes = new List<string>();
        using var tracking = ledger.Track();

        var version = ledger.Version("a");
        ledger.Write("a", () => writes.Add("writer v2"));
        var applied = ledger.WriteIfUnchanged("a", version, () => writes.Add("reindex v1"));

        Assert.False(applied);
        Assert.Equal(["writer v2"], writes);
    }

    [Fact]
    public void A_reindex_write_applies_when_nothing_changed_and_other_ids_do_not_interfere()
    {
        var ledger = new IndexWriteLedger();
        var writes = new List<string>();
        using var tracking = ledger.Track();

        var version = ledger.Version("a");
        ledger.Write("b", () => writes.Add("writer b"));

        Assert.True(ledger.WriteIfUnchanged("a", version, () => writes.Add("reindex a")));
        Assert.Equal(["writer b", "reindex a"], writes);
    }
}
