namespace Pipeline.Bench.Measure;

public static class SizeOnDisk
{
    public static double Megabytes(string path) => File.Exists(path)
        ? new FileInfo(path).Length / 1048576.0
        : new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1048576.0;
}
