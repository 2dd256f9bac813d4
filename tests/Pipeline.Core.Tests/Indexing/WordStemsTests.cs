using Pipeline.Core.Indexing;
using Xunit;

namespace Pipeline.Core.Tests.Indexing;

/// <summary>The per-chain table of stems: stop words give none, and every word is worked out once, however far the table grows.</summary>
public sealed class WordStemsTests
{
    [Fact]
    public void StopWordsHaveNoStemAndOtherWordsArePorterStemmed()
    {
        var stems = new WordStems();

        Assert.Null(stems.StemOf("the"));
        Assert.Null(stems.StemOf("and"));
        Assert.Equal("talk", stems.StemOf("talks"));
        Assert.Equal("elect", stems.StemOf("elections"));
        Assert.Null(stems.StemOf("the"));
    }

    [Fact]
    public void AWordSeenBeforeGetsTheSameStemBackAfterTheTableHasGrown()
    {
        var stems = new WordStems();
        var words = Enumerable.Range(0, 5_000).Select(i => $"word{i}s").ToList();
        var first = words.Select(word => stems.StemOf(word)).ToList();

        // The same instances: remembered, not worked out again (the table grew from 1,024 slots past 8,192 meanwhile).
        for (var i = 0; i < words.Count; i++)
        {
            Assert.Same(first[i], stems.StemOf(words[i]));
        }

        Assert.Equal("word42", first[42]);
    }
}
