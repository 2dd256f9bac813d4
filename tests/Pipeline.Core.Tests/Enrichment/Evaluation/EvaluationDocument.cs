namespace Pipeline.Core.Tests.Enrichment.Evaluation;

/// <summary>One hand-labelled evaluation document; see evaluation.json and the labelling rules in <see cref="EnrichmentEvaluationTests"/>.</summary>
public sealed record EvaluationDocument(string Id, string Title, string Body, IReadOnlyList<string> Countries, IReadOnlyList<string> Topics);
