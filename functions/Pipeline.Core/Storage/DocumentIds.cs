using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Core.Storage;

/// <summary>Stable document ids: the same source path always maps to the same id, so re-uploads replace.</summary>
public static class DocumentIds
{
    public static string FromPath(string sourcePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourcePath);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sourcePath.Normalize(NormalizationForm.FormC)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    public static bool IsValid(string? id) =>
        id is { Length: 16 } && id.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));
}
