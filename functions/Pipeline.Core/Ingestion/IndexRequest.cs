namespace Pipeline.Core.Ingestion;

/// <summary>A message to the single index writer: put this normalised document in the index, or take it out.</summary>
/// <param name="ETag">The source blob's ETag the request was made for, so stale requests can be recognised.</param>
public sealed record IndexRequest(string Id, string SourcePath, IndexOperation Operation, string? ETag);
