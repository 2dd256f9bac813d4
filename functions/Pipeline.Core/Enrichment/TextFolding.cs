using System.Globalization;
using System.Text;

namespace Pipeline.Core.Enrichment;

/// <summary>Maps every UTF-16 code unit to a lower-case, diacritic-free one, one to one, so folded offsets equal original offsets.</summary>
internal static class TextFolding
{
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => Table[c];

    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Table[source[i]];
        }
    }

    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (span, source) => Fold(source, span));
    }

    // Hand-written instead of a per-call Normalize(): a 64K table keeps matching allocation-free.
    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = char.IsSurrogate(c) ? c : FoldOne(c);
        }

        return table;
    }

    private static char FoldOne(char c)
    {
        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '`':
                return '\'';
            case 'ə' or 'Ə' or 'ǝ':
                return 'e';
            case 'ı':
                return 'i';
            case 'ø' or 'Ø':
                return 'o';
            case 'ł' or 'Ł':
                return 'l';
            case 'đ' or 'Đ':
                return 'd';
        }

        if (c < 0x80 || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
        {
            return char.ToLowerInvariant(c);
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var baseChar = decomposed[0];
        for (var i = 1; i < decomposed.Length; i++)
        {
            // Only Latin-style combining accents are dropped; Hangul, Indic and Arabic decompositions are kept whole.
            if (decomposed[i] is < '\u0300' or > '\u036F')
            {
                return char.ToLowerInvariant(c);
            }
        }

        return char.ToLowerInvariant(baseChar);
    }
}
