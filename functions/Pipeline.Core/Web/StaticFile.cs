namespace Pipeline.Core.Web;

/// <summary>One embedded file of the search page, with its content type and strong ETag.</summary>
public sealed record StaticFile(string Path, ReadOnlyMemory<byte> Content, string ContentType, string ETag);
