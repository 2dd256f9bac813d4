using System.Text;

namespace Pipeline.Bench.Enrichment;

/// <summary>Real files repeated until the corpus is as large as the generated one, so both are timed alike.</summary>
internal static class FileCorpus
{
    public static IReadOnlyList<BenchDocument> Load(IReadOnlyList<string> paths, long totalBytes)
    {
        var files = paths.Select(path =>
        {
            var parts = File.ReadAllText(path).Split('\n', 2);
            var body = parts.Length > 1 ? parts[1] : string.Empty;
            return new BenchDocument(parts[0], body, Encoding.UTF8.GetByteCount(parts[0]) + 1 + Encoding.UTF8.GetByteCount(body));
        }).ToList();
        var documents = new List<BenchDocument>();
        long bytes = 0;
        for (var i = 0; bytes < totalBytes; i++)
        {
            var document = files[i % files.Count];
            documents.Add(document);
            bytes += document.Utf8Bytes;
        }

        return documents;
    }
}
