using System.Text;
using Pipeline.Core.Documents;
using UtfUnknown;

namespace Pipeline.Core.Normalization;

/// <summary>Turns bytes into text: byte order mark first, then UTF-16 by its NUL pattern, then strict UTF-8, then charset detection, then Windows-1252.</summary>
public static class TextDecoder
{
    private static readonly (byte[] Bom, Encoding Encoding)[] Boms =
    [
        // UTF-32 LE must be tried before UTF-16 LE: its BOM starts with the same two bytes.
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true)),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true)),
        ([0xEF, 0xBB, 0xBF], new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)),
        ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true)),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; never inserts U+FFFD for input that is valid in the detected encoding.</summary>
    /// <exception cref="UnprocessableDocumentException">A byte order mark is followed by bytes invalid in its encoding.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        foreach (var (bom, encoding) in Boms)
        {
            if (bytes.StartsWith(bom))
            {
                return DecodeDeclared(bytes[bom.Length..], encoding);
            }
        }

        // UTF-16 text of mostly ASCII is also valid UTF-8 (full of NULs), so it is recognised before UTF-8 is tried.
        if (Utf16Sniffer.Detect(bytes) is { } utf16 && TryDecode(bytes, utf16, out var wide))
        {
            return wide;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodeLegacy(bytes);
        }
    }

    private static string DecodeDeclared(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new UnprocessableDocumentException($"invalid {encoding.WebName} text after its byte order mark", ex);
        }
    }

    private static string DecodeLegacy(ReadOnlySpan<byte> bytes)
    {
        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (detected?.Encoding is { } guess && detected.Confidence >= 0.5f && TryDecodeStrict(bytes, guess.CodePage, out var text))
        {
            return text;
        }

        if (TryDecodeStrict(bytes, 1252, out var windows1252))
        {
            return windows1252;
        }

        // Only bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in 1252; Latin-1 maps them to controls the cleaner drops.
        return Encoding.Latin1.GetString(bytes);
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, Encoding encoding, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool TryDecodeStrict(ReadOnlySpan<byte> bytes, int codePage, out string text)
    {
        try
        {
            text = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
            return true;
        }
        catch (Exception ex) when (ex is DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            text = string.Empty;
            return false;
        }
    }
}
