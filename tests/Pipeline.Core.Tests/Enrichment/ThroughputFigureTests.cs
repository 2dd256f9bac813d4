using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Pipeline.Core.Tests.Enrichment;

/// <summary>Prints rough figures only; timing is asserted by the benchmark, never here.</summary>
public class ThroughputFigureTests(ITestOutputHelper output)
{
    [Fact]
    public void Prints_throughput_and_the_seed_enrichment()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_88ed6354c8f5a368.txt"));
        var parts = seed.Split('\n', 2);
        var enricher = SharedEnricher.Instance;
        var result = enricher.Enrich(parts[0], null, parts[1]);
        for (var i = 0; i < 200; i++)
        {
            result = enricher.Enrich(parts[0], null, parts[1]);
        }

        const int Documents = 2000;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Documents; i++)
        {
            result = enricher.Enrich(parts[0], null, parts[1]);
        }

        watch.Stop();
        var megabytes = Documents * (double)Encoding.UTF8.GetByteCount(seed) / 1e6;
        output.WriteLine($"{megabytes / watch.Elapsed.TotalSeconds:F1} MB/s of UTF-8 text, {Documents / watch.Elapsed.TotalSeconds:F0} seed-sized documents/s on one thread");

        foreach (var c in result.Countries)
        {
            output.WriteLine($"{c.Code} {c.Name} mentions={c.Mentions} first={c.FirstOffset} title={c.InTitle} salience={c.Salience} main={c.Main}");
        }

        foreach (var t in result.Topics)
        {
            output.WriteLine($"{t.Id} ({t.Parent}) score={t.Score} cues={string.Join(", ", t.Evidence.Select(e => e.Text).Distinct())}");
        }

        Assert.NotEmpty(result.Countries);
    }
}
