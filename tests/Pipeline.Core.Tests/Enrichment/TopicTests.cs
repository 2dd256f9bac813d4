namespace Pipeline.Core.Tests.Enrichment;

public class TopicTests
{
    [Fact]
    public void A_single_passing_word_does_not_make_a_topic()
    {
        Assert.Empty(SharedEnricher.TopicIds("After the football, we went home for dinner."));
    }

    [Fact]
    public void Several_cues_make_a_topic()
    {
        Assert.Contains("football", SharedEnricher.TopicIds("The striker scored twice as the goalkeeper watched; the Premier League title race is open."));
    }

    [Fact]
    public void A_finer_topic_assigns_its_parent_with_the_union_of_evidence()
    {
        var topics = SharedEnricher.Instance.Enrich("Untitled", null, "The striker scored twice as the goalkeeper watched; the Premier League title race is open.").Topics;
        var football = topics.Single(t => t.Id == "football");
        var sport = topics.Single(t => t.Id == "sport");
        Assert.Equal("sport", football.Parent);
        Assert.Null(sport.Parent);
        Assert.Equal("Sport", sport.Label);
        Assert.Subset(sport.Evidence.ToHashSet(), football.Evidence.ToHashSet());
        Assert.True(sport.Score >= football.Score);
    }

    [Fact]
    public void Topics_are_sorted_by_score()
    {
        var topics = SharedEnricher.Instance.Enrich("Election day", null, "Voters cast ballots in the election; turnout was high and candidates waited. The referendum passed. Rain fell.").Topics;
        Assert.Contains(topics, t => t.Id == "elections");
        Assert.Equal(topics.OrderByDescending(t => t.Score).Select(t => t.Id), topics.Select(t => t.Id));
    }

    [Fact]
    public void Longest_cue_wins_over_its_first_word()
    {
        var topics = SharedEnricher.Instance.Enrich("Untitled", null, "The peacekeeping force arrived. The peacekeeping mission began.").Topics;
        var peacekeeping = topics.Single(t => t.Id == "peacekeeping");
        Assert.Equal(["peacekeeping force", "peacekeeping mission"], peacekeeping.Evidence.Select(e => e.Text));
    }
}
