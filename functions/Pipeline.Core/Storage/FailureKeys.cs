using System.Globalization;

namespace Pipeline.Core.Storage;

/// <summary>
/// Names of the dead-letter markers status/failures/{inverted ticks}-{id}: blob listings are in name order, so inverting
/// the failure time lists the newest first and a page of N failures costs one listing call and N reads.
/// </summary>
public static class FailureKeys
{
    public const string Prefix = "failures/";
    private const int TicksDigits = 19;

    public static string For(string id, DateTimeOffset failedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{DateTimeOffset.MaxValue.UtcTicks - failedAt.UtcTicks:D19}-{id}");

    /// <summary>The id and failure time a marker name encodes, or null for a name that is not one.</summary>
    public static (string Id, DateTimeOffset FailedAt)? Parse(string name)
    {
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || name.Length != Prefix.Length + TicksDigits + 1 + 16)
        {
            return null;
        }

        var rest = name.AsSpan(Prefix.Length);
        if (!long.TryParse(rest[..TicksDigits], NumberStyles.None, CultureInfo.InvariantCulture, out var inverted) || rest[TicksDigits] != '-')
        {
            return null;
        }

        var id = rest[(TicksDigits + 1)..].ToString();
        return DocumentIds.IsValid(id) ? (id, new DateTimeOffset(DateTimeOffset.MaxValue.UtcTicks - inverted, TimeSpan.Zero)) : null;
    }
}
