using static Pipeline.Core.Tests.Search.TestIndex;

namespace Pipeline.Core.Tests.Search;

public sealed class SnippetWindowTests : IDisposable
{
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("plain filler words about nothing much", 80));

    private readonly TestIndex index = new();

    public void Dispose() => index.Dispose();

    [Fact]
    public void A_match_deep_in_a_long_body_is_marked_and_the_rest_escaped()
    {
        index.Add(Doc("long", "Report", $"{Filler} <b>Drought</b> & hunger hit the region. {Filler}"));

        var snippet = Assert.Single(index.Query("drought").Hits).Snippet;

        Assert.Contains("&lt;b&gt;<mark>Drought</mark>&lt;/b&gt; &amp; hunger", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_first_seen_inside_another_word_is_still_marked_where_it_really_occurs()
    {
        index.Add(Doc("tricky", "Report", $"Misgovernment was alleged. {Filler} {Filler} The government denied it."));

        var snippet = Assert.Single(index.Query("government").Hits).Snippet;

        Assert.Contains("<mark>government</mark> denied", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Misgovernment", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_is_marked_where_the_words_stand_together_not_where_one_appears_alone()
    {
        index.Add(Doc("phrase", "Report", $"The central office opened. {Filler} {Filler} Then the central bank raised rates."));

        var snippet = Assert.Single(index.Query("\"central bank\"").Hits).Snippet;

        Assert.Contains("<mark>central</mark> <mark>bank</mark> raised", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_of_a_phrase_standing_apart_are_not_marked()
    {
        index.Add(Doc("apart", "Central office", "The central office opened near the bank. Later the central bank raised rates."));

        var hit = Assert.Single(index.Query("\"central bank\"").Hits);

        Assert.Equal("Central office", hit.Title);
        Assert.Contains("<mark>central</mark> <mark>bank</mark> raised", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>central</mark> office", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("the <mark>bank</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_far_apart_give_two_fragments_and_near_ones_one()
    {
        var gap = string.Join(' ', Enumerable.Repeat("plain filler words", 20));
        index.Add(Doc("far", "Report", $"Drought in the north. {gap} Drought in the south. {Filler}"));
        index.Add(Doc("near", "Report", "Floods here, and floods there, and more floods."));

        var far = Assert.Single(index.Query("drought").Hits).Snippet;
        var near = Assert.Single(index.Query("floods").Hits).Snippet;

        var fragments = far.Split(" … ");
        Assert.Equal(2, fragments.Length);
        Assert.All(fragments, f => Assert.Contains("<mark>Drought</mark> in the", f, StringComparison.Ordinal));
        Assert.Equal("<mark>Floods</mark> here, and <mark>floods</mark> there, and more <mark>floods</mark>.", near);
    }

    [Fact]
    public void Wildcard_queries_are_still_highlighted()
    {
        index.Add(Doc("wild", "Droughts", $"{Filler} Droughts and drought-stricken farms. {Filler}"));

        var hit = Assert.Single(index.Query("drought*").Hits);

        Assert.Contains("<mark>Droughts</mark>", hit.Snippet, StringComparison.Ordinal);
    }
}
