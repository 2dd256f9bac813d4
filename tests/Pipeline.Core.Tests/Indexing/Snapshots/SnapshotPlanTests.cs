using Pipeline.Core.Indexing.Snapshots;

namespace Pipeline.Core.Tests.Indexing.Snapshots;

public sealed class SnapshotPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Missing_lists_files_the_other_side_lacks_or_holds_with_other_content()
    {
        var wanted = new[] { File("_0.cfs", 10, "a"), File("_1.cfs", 20, "b"), File("_2.cfs", 30, "c"), File("segments_3", 5, "s") };
        var held = new Dictionary<string, SnapshotFile>
        {
            ["_0.cfs"] = File("_0.cfs", 10, "a"),
            ["_1.cfs"] = File("_1.cfs", 20, "other"), // a dead writer's unpublished file of the same name
            ["_2.cfs"] = File("_2.cfs", 31, "c"),
        };

        var missing = SnapshotPlan.Missing(wanted, held).Select(file => file.Name);

        Assert.Equal(["_1.cfs", "_2.cfs", "segments_3"], missing);
    }

    [Fact]
    public void Missing_is_empty_when_everything_is_held()
    {
        var wanted = new[] { File("_0.cfs", 10, "a") };

        Assert.Empty(SnapshotPlan.Missing(wanted, wanted.ToDictionary(file => file.Name)));
    }

    [Fact]
    public void Unreferenced_keeps_every_file_any_given_manifest_names()
    {
        var previous = Manifest(3, File("_0.cfs", 1, "a"), File("segments_3", 1, "s3"));
        var current = Manifest(4, File("_0.cfs", 1, "a"), File("_1.cfs", 1, "b"), File("segments_4", 1, "s4"));

        var unreferenced = SnapshotPlan.Unreferenced(["_0.cfs", "_1.cfs", "segments_3", "segments_4", "_9.cfs", "segments_2"], [current, previous]);

        Assert.Equal(["_9.cfs", "segments_2"], unreferenced);
    }

    [Fact]
    public void A_file_is_due_for_deletion_only_after_being_unreferenced_for_the_grace_period()
    {
        var since = new Dictionary<string, DateTimeOffset>();
        var grace = TimeSpan.FromMinutes(5);

        Assert.Empty(SnapshotPlan.DueForDeletion(["_1.cfs"], since, Now, grace));
        Assert.Empty(SnapshotPlan.DueForDeletion(["_1.cfs", "_2.cfs"], since, Now + TimeSpan.FromMinutes(4), grace));
        Assert.Equal(["_1.cfs"], SnapshotPlan.DueForDeletion(["_1.cfs", "_2.cfs"], since, Now + grace, grace));
        Assert.Equal(Now + TimeSpan.FromMinutes(4), since["_2.cfs"]);
    }

    [Fact]
    public void A_file_referenced_again_starts_its_grace_period_afresh()
    {
        var since = new Dictionary<string, DateTimeOffset>();
        var grace = TimeSpan.FromMinutes(5);

        SnapshotPlan.DueForDeletion(["_1.cfs"], since, Now, grace);
        SnapshotPlan.DueForDeletion([], since, Now + TimeSpan.FromMinutes(1), grace);

        Assert.Empty(SnapshotPlan.DueForDeletion(["_1.cfs"], since, Now + TimeSpan.FromMinutes(6), grace));
        Assert.Equal(Now + TimeSpan.FromMinutes(6), since["_1.cfs"]);
    }

    [Fact]
    public void A_zero_grace_period_deletes_at_once()
    {
        Assert.Equal(["_1.cfs"], SnapshotPlan.DueForDeletion(["_1.cfs"], new Dictionary<string, DateTimeOffset>(), Now, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("segments_1", 1)]
    [InlineData("segments_a", 10)]
    [InlineData("segments_10", 36)]
    [InlineData("_0.cfs", -1)]
    [InlineData("segments.gen", -1)]
    public void GenerationOf_reads_Lucene_base36_generations(string name, long generation) =>
        Assert.Equal(generation, SnapshotPlan.GenerationOf(name));

    [Fact]
    public void Manifests_round_trip_through_the_pipeline_json_dialect()
    {
        var manifest = Manifest(7, File("_0.cfs", 123, "q1w2"), File("segments_7", 9, "e3r4"));

        var read = Pipeline.Core.Storage.PipelineJson.Deserialize<SnapshotManifest>(Pipeline.Core.Storage.PipelineJson.Serialize(manifest));

        Assert.Equal(manifest.Generation, read.Generation);
        Assert.Equal(manifest.Files, read.Files);
        Assert.Equal(manifest.CompleteBefore, read.CompleteBefore);
        Assert.Equal(manifest.SegmentsFile, read.SegmentsFile);
    }

    private static SnapshotFile File(string name, long length, string md5) => new(name, length, md5);

    private static SnapshotManifest Manifest(long generation, params SnapshotFile[] files) =>
        new(generation, $"segments_{generation}", files, 1, Now, Now - TimeSpan.FromMinutes(1), Now, "test");
}
