using System.Globalization;

namespace Pipeline.Core.Normalization;

/// <summary>Parses publication dates in ISO 8601, RFC 1123/822 or plain yyyy-MM-dd form; times without an offset are UTC.</summary>
public static class PublishedDateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-ddTHH:mm",
        "yyyy-MM-ddTHH:mmK",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "r",
        "ddd, d MMM yyyy HH:mm:ss 'UTC'",
        "ddd, d MMM yyyy HH:mm:ss 'UT'",
        "ddd, d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm zzz",
        "d MMM yyyy HH:mm:ss 'GMT'",
        "d MMM yyyy HH:mm:ss zzz",
    ];

    /// <summary>The date in <paramref name="value"/>, or null when it is missing or not in a recognised form.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var candidate = WithColonInOffset(value.Trim());
        return DateTimeOffset.TryParseExact(
            candidate,
            Formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
            out var parsed)
            ? parsed
            : null;
    }

    // RFC 822 writes offsets as +0000; .NET's zzz wants +00:00.
    private static string WithColonInOffset(string value)
    {
        var n = value.Length;
        var looksLikeOffset = n > 6
            && value[n - 5] is '+' or '-'
            && value[n - 6] == ' '
            && value.AsSpan(n - 4).ContainsAnyExceptInRange('0', '9') is false;
        return looksLikeOffset ? string.Concat(value.AsSpan(0, n - 2), ":", value.AsSpan(n - 2)) : value;
    }
}
