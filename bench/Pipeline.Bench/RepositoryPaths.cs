namespace Pipeline.Bench;

/// <summary>Finds files of the repository from wherever the bench runs (dotnet run, or the built dll).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TopicsJson => Path.Combine(Root, "functions", "Pipeline.Core", "Enrichment", "Data", "topics.json");

    public static string LocalHostDll => Path.Combine(Root, "functions", "Pipeline.LocalHost", "bin", "Release", "net10.0", "Pipeline.LocalHost.dll");

    public static string LocalHostLaunchSettings => Path.Combine(Root, "functions", "Pipeline.LocalHost", "Properties", "launchSettings.json");

    public static string Azurite => Path.Combine(Root, "node_modules", ".bin", "azurite");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the bench from inside the repository: Pipeline.sln was not found above the current folder.");
    }
}
