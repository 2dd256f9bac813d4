using System.Security.Cryptography;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>Length and MD5 of a local file: MD5 because it is what blob storage keeps as Content-MD5 (integrity, not security).</summary>
public static class FileHashes
{
    public static async Task<SnapshotFile> DescribeAsync(string path, string name, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
#pragma warning disable CA5351 // Content-MD5 is blob storage's integrity check, not a security boundary.
        var md5 = await MD5.HashDataAsync(stream, cancellationToken);
#pragma warning restore CA5351
        return new SnapshotFile(name, stream.Length, Convert.ToBase64String(md5));
    }
}
