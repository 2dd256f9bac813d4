namespace Pipeline.Core.Normalization;

/// <summary>Parses simple <c>key: value</c> lines (YAML front matter, text header blocks); keys are case-insensitive.</summary>
internal static class MetadataLines
{
    // Hand-written instead of a YAML library: only flat scalar keys are read, and no YAML package is referenced.

    /// <summary>The keys and values of <paramref name="lines"/>; lines that are not <c>key: value</c> are skipped.</summary>
    public static Dictionary<string, string> Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (TrySplit(line, out var key, out var value))
            {
                values.TryAdd(key, value);
            }
        }

        return values;
    }

    /// <summary>Splits <c>key: value</c>, unquoting a quoted value; the key must be one word without spaces.</summary>
    public static bool TrySplit(string line, out string key, out string value)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        key = colon > 0 ? line[..colon].Trim() : string.Empty;
        value = colon > 0 ? Unquote(line[(colon + 1)..].Trim()) : string.Empty;
        return key.Length > 0 && !key.Any(char.IsWhiteSpace) && !char.IsWhiteSpace(line[0]);
    }

    /// <summary>The first non-empty value among <paramref name="keys"/>.</summary>
    public static string? First(IReadOnlyDictionary<string, string> values, params string[] keys) =>
        keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0], value[^1]) is ('"', '"') or ('\'', '\'') ? value[1..^1] : value;
}
