using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Enrichment;

namespace Pipeline.Bench.Enrichment;

/// <summary>A SHA-256 over every tag, score and evidence of the corpus, so an optimisation can show it changed no result.</summary>
internal static class OutputDigest
{
    public static string Of(Enricher enricher, IReadOnlyList<BenchDocument> corpus)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        foreach (var d in corpus)
        {
            var result = enricher.Enrich(d.Title, null, d.Body);
            line.Clear();
            foreach (var c in result.Countries)
            {
                line.Append(CultureInfo.InvariantCulture, $"C {c.Code} {c.Mentions} {c.FirstOffset} {c.InTitle} {c.Salience} {c.Main};");
                foreach (var e in c.Evidence)
                {
                    line.Append(CultureInfo.InvariantCulture, $"{e.Text}|{e.Field}|{e.Offset}|{e.Length};");
                }
            }

            foreach (var t in result.Topics)
            {
                line.Append(CultureInfo.InvariantCulture, $"T {t.Id} {t.Parent} {t.Score};");
                foreach (var e in t.Evidence)
                {
                    line.Append(CultureInfo.InvariantCulture, $"{e.Text}|{e.Field}|{e.Offset}|{e.Length};");
                }
            }

            hash.AppendData(Encoding.UTF8.GetBytes(line.Append('\n').ToString()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
