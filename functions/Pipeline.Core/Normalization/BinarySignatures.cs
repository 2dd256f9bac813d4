using System.Buffers.Binary;

namespace Pipeline.Core.Normalization;

/// <summary>Recognises common binary files by their leading bytes so they are refused before any decoding.</summary>
public static class BinarySignatures
{
    public const string WordDocument = "Word document (DOCX)";
    public const string ZipArchive = "ZIP archive";

    // Hand-written magic numbers: the only served detection library (Mime-Detective) is an old beta.
    private static readonly (byte[] Magic, string Name)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF87a"u8.ToArray(), "GIF image"),
        ("GIF89a"u8.ToArray(), "GIF image"),
        ("%PDF-"u8.ToArray(), "PDF document"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"),
        ("Rar!\u001A\u0007"u8.ToArray(), "RAR archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "legacy Office document (DOC/XLS/PPT)"),
        ([0x49, 0x49, 0x2A, 0x00], "TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "TIFF image"),
    ];

    private static readonly (byte[] Marker, string Name)[] ZipContents =
    [
        ("word/"u8.ToArray(), WordDocument),
        ("xl/"u8.ToArray(), "Excel workbook (XLSX)"),
        ("ppt/"u8.ToArray(), "PowerPoint presentation (PPTX)"),
        ("application/epub+zip"u8.ToArray(), "EPUB book"),
    ];

    /// <summary>Names the binary format of <paramref name="bytes"/> (e.g. "PNG image"), or null if it is not a known one.</summary>
    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return name;
            }
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8))
        {
            return IdentifyZip(bytes);
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return "WebP image";
        }

        return IsPortableExecutable(bytes) ? "Windows executable" : null;
    }

    private static string IdentifyZip(ReadOnlySpan<byte> bytes)
    {
        // Entry names in local file headers are stored uncompressed, so the Office folders are visible as bytes.
        foreach (var (marker, name) in ZipContents)
        {
            if (bytes.IndexOf(marker) >= 0)
            {
                return name;
            }
        }

        return ZipArchive;
    }

    private static bool IsPortableExecutable(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 64 || !bytes.StartsWith("MZ"u8))
        {
            return false;
        }

        var peOffset = BinaryPrimitives.ReadInt32LittleEndian(bytes[0x3C..]);
        return peOffset > 0 && peOffset <= bytes.Length - 4 && bytes.Slice(peOffset, 4).SequenceEqual("PE\0\0"u8);
    }
}
