using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Pipeline.Core.Tests.Enrichment.Evaluation;

/// <summary>Loads evaluation.json from beside this source file, since the test project's build does not copy it.</summary>
internal static class EvaluationSet
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Directory([CallerFilePath] string sourceFile = "") =>
        Path.GetDirectoryName(sourceFile) ?? throw new InvalidOperationException("No caller file path.");

    public static IReadOnlyList<EvaluationDocument> Load()
    {
        var json = File.ReadAllText(Path.Combine(Directory(), "evaluation.json"));
        return JsonSerializer.Deserialize<List<EvaluationDocument>>(json, Options)
            ?? throw new InvalidDataException("evaluation.json is empty.");
    }
}
