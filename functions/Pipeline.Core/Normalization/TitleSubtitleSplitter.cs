namespace Pipeline.Core.Normalization;

/// <summary>
/// Finds a subtitle run into a title on one line, as in "Azerbaijan and Palestine: diplomacy without illusions or sentiment
/// Solidarity must be reciprocal": a lowercase word followed by a capitalised word that starts a sentence-case phrase.
/// </summary>
public static class TitleSubtitleSplitter
{
    private const int MinTitleWords = 3;
    private const int MinSubtitleWords = 2;
    private const int MaxSubtitleWords = 12;

    // A real title never ends on one of these, so a capital after them starts a name, not a subtitle.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "into",
        "onto", "over", "under", "about", "after", "before", "between", "against", "than", "that", "is", "are", "was", "were",
        "be", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those", "via", "says", "said",
    };

    /// <summary>
    /// Splits <paramref name="line"/> into title and subtitle, or returns it whole with a null subtitle. A split is refused when the
    /// capitalised word is used mid-sentence in <paramref name="body"/> (a proper noun); one whose subtitle recurs in the body is preferred.
    /// </summary>
    public static (string Title, string? Subtitle) Split(string line, string body)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var best = Enumerable.Range(MinTitleWords, Math.Max(0, words.Length - MinTitleWords))
            .Where(i => IsSplitPoint(words, i) && !IsProperNoun(words[i], body))
            .Select(i => (Title: string.Join(' ', words[..i]), Subtitle: string.Join(' ', words[i..])))
            .OrderByDescending(split => body.Contains(split.Subtitle, StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault();
        return best.Subtitle is null ? (line, null) : best;
    }

    private static bool IsSplitPoint(string[] words, int index)
    {
        var rest = words[index..];
        return rest.Length is >= MinSubtitleWords and <= MaxSubtitleWords
            && char.IsLower(words[index - 1][0])
            && !FunctionWords.Contains(words[index - 1])
            && IsCapitalised(rest[0])
            && rest.Skip(1).All(word => !word.Any(char.IsUpper))
            && !".!?…".Contains(rest[^1][^1], StringComparison.Ordinal);
    }

    // "Sahel’s" is used in the body as "Sahel": compare without the possessive and trailing punctuation.
    private static string BaseForm(string word)
    {
        var trimmed = word.TrimEnd(',', ';', ':', '.', '!', '?', '"', '”', '’', '\'');
        foreach (var suffix in new[] { "’s", "'s" })
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal) && trimmed.Length > suffix.Length)
            {
                return trimmed[..^suffix.Length];
            }
        }

        return trimmed;
    }

    private static bool IsCapitalised(string word) =>
        char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsLetter(c) || char.IsLower(c));

    // Used mid-sentence: after a lowercase letter, optionally a comma or semicolon, and whitespace.
    private static bool IsProperNoun(string word, string body)
    {
        word = BaseForm(word);
        for (var at = body.IndexOf(word, StringComparison.Ordinal); at >= 0; at = body.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (end < body.Length && char.IsLetterOrDigit(body[end]))
            {
                continue;
            }

            var before = at - 1;
            if (before < 0 || !char.IsWhiteSpace(body[before]))
            {
                continue;
            }

            while (before > 0 && char.IsWhiteSpace(body[before]))
            {
                before--;
            }

            if (body[before] is ',' or ';' && before > 0)
            {
                before--;
            }

            if (char.IsLower(body[before]))
            {
                return true;
            }
        }

        return false;
    }
}
