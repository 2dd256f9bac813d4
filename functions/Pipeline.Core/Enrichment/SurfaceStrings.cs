namespace Pipeline.Core.Enrichment;

/// <summary>One string per distinct matched surface in a document, so a name mentioned 300 times costs one string, not 300.</summary>
internal sealed class SurfaceStrings
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SurfaceStrings() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string for <paramref name="surface"/>; <paramref name="known"/> (an alias as written) is reused when it is the same text.</summary>
    public string Get(ReadOnlySpan<char> surface, string? known = null)
    {
        if (known is not null && surface.SequenceEqual(known))
        {
            return known;
        }

        if (!_lookup.TryGetValue(surface, out var text))
        {
            text = surface.ToString();
            _strings.Add(text, text);
        }

        return text;
    }

    public void Clear() => _strings.Clear();
}
