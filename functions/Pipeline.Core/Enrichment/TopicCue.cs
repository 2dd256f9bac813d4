namespace Pipeline.Core.Enrichment;

/// <summary>One weighted phrase that speaks for a topic; <paramref name="Cue"/> numbers it across the taxonomy so repeats count once as distinct.</summary>
internal sealed record TopicCue(int Topic, int Cue, double Weight);
