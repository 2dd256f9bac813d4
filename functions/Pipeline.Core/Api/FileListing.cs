using Pipeline.Core.Storage;

namespace Pipeline.Core.Api;

/// <summary>The answer of GET /api/files: status records, newest first.</summary>
public sealed record FileListing(IReadOnlyList<IngestionStatus> Items);
