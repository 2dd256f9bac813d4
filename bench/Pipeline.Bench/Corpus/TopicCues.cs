using System.Text.Json;

namespace Pipeline.Bench.Corpus;

/// <summary>A topic of the taxonomy with the cue words the enricher looks for, read from the enricher's own topics.json.</summary>
public sealed record TopicCues(string Id, string? Parent, IReadOnlyList<string> Cues)
{
    public static IReadOnlyList<TopicCues> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(RepositoryPaths.TopicsJson));
        return
        [
            .. json.RootElement.GetProperty("topics").EnumerateArray().Select(topic => new TopicCues(
                topic.GetProperty("id").GetString()!,
                topic.TryGetProperty("parent", out var parent) ? parent.GetString() : null,
                [.. topic.GetProperty("cues").EnumerateObject().Select(cue => cue.Name)])),
        ];
    }
}
