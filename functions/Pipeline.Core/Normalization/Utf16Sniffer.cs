using System.Text;

namespace Pipeline.Core.Normalization;

/// <summary>Recognises UTF-16 text without a byte order mark by where its NUL bytes fall (hand-written: UTF.Unknown misses it).</summary>
public static class Utf16Sniffer
{
    private const int ProbeBytes = 4096;
    private const int MinBytes = 8;

    /// <summary>A strict UTF-16 encoding (LE or BE) when the bytes look like one, else null.</summary>
    public static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < MinBytes || bytes.Length % 2 != 0)
        {
            return null;
        }

        var probe = bytes[..Math.Min(bytes.Length, ProbeBytes)];
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i + 1 < probe.Length; i += 2)
        {
            evenNuls += probe[i] == 0 ? 1 : 0;
            oddNuls += probe[i + 1] == 0 ? 1 : 0;
        }

        // Latin-script UTF-16 has a NUL in nearly every high byte and almost none in the low bytes.
        var pairs = probe.Length / 2;
        if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        }

        return evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05
            ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true)
            : null;
    }
}
