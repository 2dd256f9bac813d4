using Pipeline.Core.Indexing;
using Xunit;

namespace Pipeline.Core.Tests.Indexing;

/// <summary>Writes of one id run one at a time and in order; a long write (a segment flush) holds up no other id.</summary>
public sealed class KnownIdsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AWriteOfAnotherIdOnTheSameStripeRunsWhileOneIsInProgress()
    {
        using var ids = new KnownIds(() => []);
        var (first, second) = TwoIdsOnOneStripe();
        using var release = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var slow = Task.Run(() => ids.Write(first, _ =>
        {
            started.Set();
            release.Wait(Patience);
        }));
        Assert.True(started.Wait(Patience));

        var other = Task.Run(() => ids.Write(second, _ => { }));
        var finished = await Task.WhenAny(other, Task.Delay(Patience));

        release.Set();
        await slow;
        Assert.Same(other, finished);
    }

    [Fact]
    public async Task ASecondWriteOfAnIdWaitsForTheFirstAndKnowsTheIdMayExist()
    {
        using var ids = new KnownIds(() => []);
        using var release = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var order = new List<string>();
        var first = Task.Run(() => ids.Write("a", mayExist =>
        {
            started.Set();
            release.Wait(Patience);
            lock (order)
            {
                order.Add($"first:{mayExist}");
            }
        }));
        Assert.True(started.Wait(Patience));

        var second = Task.Run(() => ids.Write("a", mayExist =>
        {
            lock (order)
            {
                order.Add($"second:{mayExist}");
            }
        }));
        await Task.Delay(200);
        lock (order)
        {
            Assert.Empty(order);
        }

        release.Set();
        await Task.WhenAll(first, second);
        Assert.Equal(["first:False", "second:True"], order);
    }

    [Fact]
    public void IdsAlreadyInTheIndexAreKnownAndClearForgetsThem()
    {
        using var ids = new KnownIds(() => ["a"]);
        bool? seen = null;
        ids.Write("a", mayExist => seen = mayExist);
        Assert.True(seen);

        ids.Clear(() => { });
        ids.Write("a", mayExist => seen = mayExist);
        Assert.False(seen);
    }

    private static (string First, string Second) TwoIdsOnOneStripe()
    {
        static uint Stripe(string id) => (uint)StringComparer.Ordinal.GetHashCode(id) % 64;
        var first = "doc-0";
        var second = Enumerable.Range(1, 10_000).Select(i => $"doc-{i}").First(id => Stripe(id) == Stripe(first));
        return (first, second);
    }
}
