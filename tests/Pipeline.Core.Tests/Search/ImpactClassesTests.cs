using Pipeline.Core.Search.Postings;

namespace Pipeline.Core.Tests.Search;

public sealed class ImpactClassesTests
{
    [Theory]
    [InlineData(5, 0)]
    [InlineData(3000, 1)]
    [InlineData(20000, 2)]
    public void Both_groupings_give_the_same_classes_and_every_class_shares_length_and_frequency(int count, int seed)
    {
        var random = new Random(seed);
        var norms = new byte[count * 3];
        random.NextBytes(norms);
        var docs = Enumerable.Range(0, norms.Length).Where(_ => random.Next(3) == 0).Take(count).ToArray();
        var freqs = docs.Select(_ => random.Next(20) == 0 ? random.Next(32, 400) : random.Next(1, 6)).ToArray();

        var counted = ImpactClasses.Group(docs, freqs, norms);
        var sorted = ImpactClasses.GroupBySorting(docs, freqs, norms);

        Assert.Equal(sorted.Starts, counted.Starts);
        Assert.Equal(sorted.MaxFreqs, counted.MaxFreqs);
        Assert.Equal(sorted.Docs, counted.Docs);
        Assert.Equal(docs.Order(), counted.Docs.Order());
        var freqOf = docs.Zip(freqs).ToDictionary(p => p.First, p => p.Second);
        for (var c = 0; c < counted.Count; c++)
        {
            var members = counted.Docs[counted.Starts[c]..counted.Starts[c + 1]];
            Assert.Equal(members.Order(), members);
            Assert.Single(members.Select(d => norms[d]).Distinct());
            Assert.Equal(counted.MaxFreqs[c], members.Max(d => freqOf[d]));
            Assert.True(members.All(d => freqOf[d] == counted.MaxFreqs[c]) || members.All(d => freqOf[d] >= TermDocs.ClassFreqs));
        }
    }
}
