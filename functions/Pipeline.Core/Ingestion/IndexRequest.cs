namespace Pipeline.Core.Ingestion;

/// <summary>A message to the single index writer: put this normalised document in the index, or take it out.</summary>
/// <param name="ETag">The source blob's ETag the request was made for, so stale requests can be recognised.</param>
/// <param name="NormalizedJson">
/// The normalised document as written to normalized/{id}.json, when it fits a queue message, so the writer need not read it
/// back; the blob stays the source of truth, read whenever this is missing or may be stale.
/// </param>
/// <param name="StatusVersion">
/// The version of the "pending" status record written for <paramref name="ETag"/>: while the record is still that one, the
/// carried document is current and the writer marks it indexed with one conditional write instead of reading the record.
/// </param>
/// <param name="Attempts">The attempts the pending record counts, kept in the indexed record.</param>
public sealed record IndexRequest(
    string Id, string SourcePath, IndexOperation Operation, string? ETag, string? NormalizedJson = null, string? StatusVersion = null, int Attempts = 1)
{
    /// <summary>An Azure queue message holds 64 KB once base64-encoded: 48 KB of JSON.</summary>
    public const int MaxMessageBytes = 48 * 1024;
}
