namespace Pipeline.Bench.Corpus;

public sealed record GeneratedDocument(ManifestEntry Entry, byte[] Content);
