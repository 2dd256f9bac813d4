using System.IO.Compression;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Normalization;

/// <summary>
/// Refuses ZIP packages (DOCX) that would expand too far before any parser opens them: entry count, total size and
/// expansion ratio, measured by actually inflating each entry (declared sizes in a hostile file can lie).
/// </summary>
public static class ZipPackageGuard
{
    private const int BufferSize = 81_920;

    public static void Check(ReadOnlyMemory<byte> content, NormalizationOptions options, CancellationToken cancellationToken)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > options.MaxDocxEntries)
            {
                throw new UnprocessableDocumentException(
                    $"DOCX refused: {archive.Entries.Count:N0} entries exceeds the MaxDocxEntries limit ({options.MaxDocxEntries:N0})");
            }

            var buffer = new byte[BufferSize];
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                total += Inflate(entry, buffer, total, options, cancellationToken);
            }

            if (total > (long)options.MaxDocxExpansionRatio * Math.Max(content.Length, 1))
            {
                throw new UnprocessableDocumentException(
                    $"DOCX refused as a possible zip bomb: it expands {total / Math.Max(content.Length, 1):N0} times, over the MaxDocxExpansionRatio limit ({options.MaxDocxExpansionRatio})");
            }
        }
        catch (InvalidDataException e)
        {
            throw new UnprocessableDocumentException($"invalid DOCX: the ZIP package is damaged ({e.Message.TrimEnd('.')})", e);
        }
    }

    private static long Inflate(ZipArchiveEntry entry, byte[] buffer, long totalSoFar, NormalizationOptions options, CancellationToken cancellationToken)
    {
        // Small entries compress well legitimately; the ratio is only judged once an entry is big enough to matter.
        var ratioFloor = Math.Max(entry.CompressedLength, 1) * (long)options.MaxDocxExpansionRatio;
        var entryLimit = Math.Max(ratioFloor, 1024 * 1024);
        long size = 0;
        using var stream = entry.Open();
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            size += read;
            if (totalSoFar + size > options.MaxDocxExpandedBytes)
            {
                throw new UnprocessableDocumentException(
                    $"DOCX refused as a possible zip bomb: it expands to more than {options.MaxDocxExpandedBytes:N0} bytes (the MaxDocxExpandedBytes limit)");
            }

            if (size > entryLimit)
            {
                throw new UnprocessableDocumentException(
                    $"DOCX refused as a possible zip bomb: entry '{entry.FullName}' expands more than {options.MaxDocxExpansionRatio} times (the MaxDocxExpansionRatio limit)");
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        return size;
    }
}
