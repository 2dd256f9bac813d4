using Azure;

namespace Pipeline.Core.Storage;

/// <summary>One text form for a blob's ETag: listings give it bare and response headers quoted, and the two must compare equal.</summary>
public static class BlobETag
{
    public static string Text(ETag etag) => Text(etag.ToString());

    public static string Text(string etag) => etag.Trim('"');
}
