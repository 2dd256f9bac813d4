using System.Text.Json;

namespace Pipeline.Bench.Service;

/// <summary>
/// The environment `dotnet run` gives the local host (its launch profile): the bench starts the host, and each engine's
/// phase, with it too, so that both engines run in processes configured as the product's.
/// </summary>
public static class HostLaunchProfile
{
    private static readonly Lazy<Dictionary<string, string>> Variables = new(Load);

    public static IReadOnlyDictionary<string, string> Environment => Variables.Value;

    private static Dictionary<string, string> Load()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.LocalHostLaunchSettings));
        var profile = settings.RootElement.GetProperty("profiles").EnumerateObject().First().Value;
        return profile.TryGetProperty("environmentVariables", out var variables)
            ? variables.EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetString() ?? string.Empty)
            : new Dictionary<string, string>();
    }
}
