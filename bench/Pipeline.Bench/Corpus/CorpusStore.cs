using System.Text.Json;

namespace Pipeline.Bench.Corpus;

/// <summary>A generated corpus on disk: docs/ and manifest.jsonl, regenerated only when the size or seed changed.</summary>
public sealed class CorpusStore(string folder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Folder { get; } = folder;

    public string Manifest => Path.Combine(Folder, "manifest.jsonl");

    private string Marker => Path.Combine(Folder, "complete.txt");

    public bool EnsureGenerated(int count, int seed)
    {
        var expected = $"docs={count} seed={seed}";
        if (File.Exists(Marker) && File.ReadAllText(Marker) == expected)
        {
            return false;
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        var generator = new CorpusGenerator(seed);
        var entries = new ManifestEntry[count];
        Parallel.For(0, count, i =>
        {
            var document = generator.Generate(i);
            var file = Path.Combine(Folder, document.Entry.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, document.Content);
            entries[i] = document.Entry;
        });

        File.WriteAllLines(Manifest, entries.Select(entry => JsonSerializer.Serialize(entry, Json)));
        File.WriteAllText(Marker, expected);
        return true;
    }

    public IReadOnlyList<ManifestEntry> ReadManifest() =>
        [.. File.ReadLines(Manifest).Select(line => JsonSerializer.Deserialize<ManifestEntry>(line, Json)!)];

    /// <summary>Every file's path and bytes, read into memory so that reading is not what a phase measures.</summary>
    public IReadOnlyList<(string Path, byte[] Content)> ReadAll() =>
        [.. ReadManifest().Select(entry => (entry.Path, File.ReadAllBytes(Path.Combine(Folder, entry.Path))))];
}
