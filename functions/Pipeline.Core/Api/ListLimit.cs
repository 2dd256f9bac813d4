using System.Globalization;
using Pipeline.Core.Problems;

namespace Pipeline.Core.Api;

/// <summary>The <c>limit</c> parameter that every listing route takes, with one default, one bound and one message.</summary>
internal static class ListLimit
{
    public const int Default = 50;
    public const int Max = 500;

    public static ApiProblem Problem { get; } = ApiProblem.BadParameter("limit", $"'limit' must be a whole number from 1 to {Max}.");

    public static bool TryParse(string? text, out int limit)
    {
        limit = Default;
        return string.IsNullOrEmpty(text)
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= Max);
    }
}
