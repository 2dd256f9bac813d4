namespace Pipeline.Bench.Measure;

/// <summary>A fresh copy of an index folder without its write lock, so a host or writer may open it without touching the original.</summary>
public static class IndexCopy
{
    public static string Fresh(string source, string suffix)
    {
        var copy = source + suffix;
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(source).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }
}
