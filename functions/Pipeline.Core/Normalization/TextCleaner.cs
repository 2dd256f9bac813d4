using System.Globalization;
using System.Text;

namespace Pipeline.Core.Normalization;

/// <summary>
/// Cleans extracted text the same way for every stage: NFC, \n newlines, no control or zero-width characters,
/// single spaces, trimmed lines and at most one blank line between paragraphs. Letters, curly quotes and dashes are kept.
/// </summary>
public static class TextCleaner
{
    /// <summary>Cleans multi-line text, keeping paragraph breaks.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var filtered = RemoveInvisibles(text).Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(filtered.Length);
        var pendingBlank = false;
        foreach (var rawLine in filtered.Split('\n'))
        {
            var line = CollapseSpaces(rawLine);
            if (line.Length == 0)
            {
                pendingBlank = result.Length > 0;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(pendingBlank ? "\n\n" : "\n");
            }

            result.Append(line);
            pendingBlank = false;
        }

        return result.ToString();
    }

    /// <summary>Cleans text meant for one line (titles, subtitles): every line break becomes a space.</summary>
    public static string CleanInline(string? text) => Clean(text).Replace("\n\n", " ", StringComparison.Ordinal).Replace('\n', ' ');

    private static string RemoveInvisibles(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\n' or '\u0085' or '\u2028' or '\u2029' or '\f' or '\v')
            {
                sb.Append('\n');
            }
            else if (char.IsSurrogate(c))
            {
                // Lone surrogates (e.g. from JSON escapes) would make NFC throw; pairs are kept.
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[++i]);
                }
            }
            else if (c == '\t' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)
            {
                sb.Append(' ');
            }
            else if (!char.IsControl(c) && !IsZeroWidth(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // ZWNJ/ZWJ (U+200C/D) are kept: they change shaping in Persian and Indic scripts and join emoji.
    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u180E' or '\u00AD';

    private static string CollapseSpaces(string line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == ' ' && (sb.Length == 0 || sb[^1] == ' '))
            {
                continue;
            }

            sb.Append(c);
        }

        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        return sb.ToString();
    }
}
