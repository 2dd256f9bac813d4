namespace Pipeline.Core.Documents;

/// <summary>One matched surface form: <paramref name="Field"/> is "title", "subtitle" or "body"; offsets index that cleaned text.</summary>
public sealed record Evidence(string Text, string Field, int Offset, int Length);
