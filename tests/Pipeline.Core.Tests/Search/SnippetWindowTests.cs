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
}
