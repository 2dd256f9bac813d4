namespace Pipeline.Bench.Enrichment;

/// <summary>One generated document; its size is counted in UTF-8 bytes, as stored blobs are.</summary>
internal sealed record BenchDocument(string Title, string Body, int Utf8Bytes);
