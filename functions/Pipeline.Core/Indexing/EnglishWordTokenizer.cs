using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Core.Indexing;

/// <summary>
/// The tokens of StandardTokenizer → StandardFilter → EnglishPossessiveFilter → LowerCaseFilter → ASCIIFoldingFilter →
/// StopFilter (English) → PorterStemFilter, with the same terms, positions, offsets and types. ASCII text is split in one
/// hand-written pass (the chain's word-break rules are simple there, and running it was over half of the analysis time), as
/// is text with Latin-1 and Latin Extended-A letters (lowercased and folded as Lucene's own filters do each of them) and a
/// few common punctuation marks; any other text goes through those Lucene components up to the folding. Stop words and
/// stems come from <see cref="WordStems"/> either way.
/// PipelineAnalyzerTests compares the two on the seeds and on random text.
/// </summary>
internal sealed class EnglishWordTokenizer : Tokenizer
{
    private const string WordType = "<ALPHANUM>";
    private const string NumberType = "<NUM>";

    private const char FirstLatinLetter = '\u00C0';
    private const char LastLatinLetter = '\u017F';

    private static readonly CharClass[] AsciiClasses = BuildClasses();

    // What LowerCaseFilter then ASCIIFoldingFilter make of each letter from À to ſ, found by running them on it.
    private static readonly string[] LatinFolded = FoldLatinLetters();
    private static readonly int LongestFolding = LatinFolded.Max(folded => folded.Length);

    // The default factory's own classes, held as such: calls through their interfaces were a dispatch stub each, five a token.
    private readonly CharTermAttribute term;
    private readonly OffsetAttribute offset;
    private readonly PositionIncrementAttribute positionIncrement;
    private readonly TypeAttribute type;
    private readonly WordStems stems = new();

    private readonly StandardTokenizer fallbackSource;
    private readonly TokenStream fallback;
    private readonly ICharTermAttribute fallbackTerm;
    private readonly IOffsetAttribute fallbackOffset;
    private readonly IPositionIncrementAttribute fallbackPositionIncrement;
    private readonly ITypeAttribute fallbackType;
    private bool usingFallback;

    private char[] text = new char[4096];
    private char[] folded = [];
    private int length;
    private int position;
    private int skippedPositions;

    public EnglishWordTokenizer(TextReader reader)
        : base(reader)
    {
        term = (CharTermAttribute)AddAttribute<ICharTermAttribute>();
        offset = (OffsetAttribute)AddAttribute<IOffsetAttribute>();
        positionIncrement = (PositionIncrementAttribute)AddAttribute<IPositionIncrementAttribute>();
        type = (TypeAttribute)AddAttribute<ITypeAttribute>();

        fallbackSource = new StandardTokenizer(IndexSchema.Version, TextReader.Null);
        TokenStream stream = new StandardFilter(IndexSchema.Version, fallbackSource);
        stream = new EnglishPossessiveFilter(IndexSchema.Version, stream);
        stream = new LowerCaseFilter(IndexSchema.Version, stream);
        fallback = new ASCIIFoldingFilter(stream);
        fallbackTerm = fallback.AddAttribute<ICharTermAttribute>();
        fallbackOffset = fallback.AddAttribute<IOffsetAttribute>();
        fallbackPositionIncrement = fallback.AddAttribute<IPositionIncrementAttribute>();
        fallbackType = fallback.AddAttribute<ITypeAttribute>();

        // The fallback chain starts closed, so that its first SetReader is legal.
        fallback.Dispose();
    }

    private enum CharClass : byte
    {
        Unknown,
        Other,
        Letter,
        Digit,
        Underscore,
        MidLetter,
        MidNumber,
        MidBoth,
    }

    public override void Reset()
    {
        base.Reset();
        ReadAll();
        position = 0;
        skippedPositions = 0;
        usingFallback = !IsSimple();
        if (!usingFallback && folded.Length < length * LongestFolding)
        {
            // Room for the longest word, folded: words are folded while they are split, before their length is known.
            folded = new char[text.Length * LongestFolding];
        }

        if (usingFallback)
        {
            fallbackSource.SetReader(new StringReader(new string(text, 0, length)));
            fallback.Reset();
        }
    }

    // No ClearAttributes: this is the chain's only producer and sets every attribute it has on each token, and that call
    // costs one virtual call per attribute.
    public override bool IncrementToken() => usingFallback ? NextFromFallback() : NextAscii();

    public override void End()
    {
        base.End();
        if (usingFallback)
        {
            fallback.End();
            offset.SetOffset(CorrectOffset(fallbackOffset.StartOffset), CorrectOffset(fallbackOffset.EndOffset));
            positionIncrement.PositionIncrement = fallbackPositionIncrement.PositionIncrement + skippedPositions;
            return;
        }

        var end = CorrectOffset(length);
        offset.SetOffset(end, end);
        positionIncrement.PositionIncrement = skippedPositions;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && usingFallback)
        {
            fallback.Dispose();
            usingFallback = false;
        }

        base.Dispose(disposing);
    }

    private static string[] FoldLatinLetters()
    {
        var folded = new string[LastLatinLetter - FirstLatinLetter + 1];
        for (var c = FirstLatinLetter; c <= LastLatinLetter; c++)
        {
            using var stream = new ASCIIFoldingFilter(new LowerCaseFilter(IndexSchema.Version, new KeywordTokenizer(new StringReader(c.ToString()))));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            stream.IncrementToken();
            folded[c - FirstLatinLetter] = term.ToString();
            stream.End();
        }

        return folded;
    }

    private static CharClass[] BuildClasses()
    {
        // Unicode word-break classes (UAX #29) of the ASCII characters; every other ASCII character breaks words.
        var classes = new CharClass[128];
        Array.Fill(classes, CharClass.Other);
        for (var c = 'a'; c <= 'z'; c++)
        {
            classes[c] = CharClass.Letter;
            classes[char.ToUpperInvariant(c)] = CharClass.Letter;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            classes[c] = CharClass.Digit;
        }

        classes['_'] = CharClass.Underscore;
        classes[':'] = CharClass.MidLetter;
        classes[','] = CharClass.MidNumber;
        classes[';'] = CharClass.MidNumber;
        classes['.'] = CharClass.MidBoth;
        classes['\''] = CharClass.MidBoth;
        return classes;
    }

    private void ReadAll()
    {
        length = 0;
        int read;
        while ((read = m_input.Read(text, length, text.Length - length)) > 0)
        {
            length += read;
            if (length == text.Length)
            {
                Array.Resize(ref text, text.Length * 2);
            }
        }
    }

    /// <summary>
    /// Word-break class (UAX #29) of an ASCII character, of the Latin letters from À to ſ (× and ÷ are no letters), of the curly single quotes (which join like an apostrophe and
    /// ASCIIFoldingFilter folds to one) and of common punctuation that only separates words; Unknown for anything else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CharClass ClassOf(char c) => c < 128 ? AsciiClasses[c] : ClassOfBeyondAscii(c);

    private static CharClass ClassOfBeyondAscii(char c) => c switch
    {
        >= FirstLatinLetter and <= LastLatinLetter and not '\u00D7' and not '\u00F7' => CharClass.Letter,
        '\u2018' or '\u2019' => CharClass.MidBoth,
        '\u00A0' or '\u00A9' or '\u00AB' or '\u00AE' or '\u00B0' or '\u00BB' or '\u2013' or '\u2014' or '\u201C' or '\u201D' or '\u2022' or '\u2026' => CharClass.Other,
        _ => CharClass.Unknown,
    };

    /// <summary>Whether every character is in a class ClassOf knows: all ASCII ones are, so a vectorised search skips over them.</summary>
    private bool IsSimple()
    {
        var rest = text.AsSpan(0, length);
        int next;
        while ((next = rest.IndexOfAnyExceptInRange('\0', '\u007F')) >= 0)
        {
            if (ClassOfBeyondAscii(rest[next]) == CharClass.Unknown)
            {
                return false;
            }

            rest = rest[(next + 1)..];
        }

        return true;
    }

    private bool NextFromFallback()
    {
        while (fallback.IncrementToken())
        {
            var stem = stems.StemOf(fallbackTerm.Buffer.AsSpan(0, fallbackTerm.Length));
            if (stem is null)
            {
                // StopFilter: the positions of the words it drops go to the next word kept, or to the end.
                skippedPositions += fallbackPositionIncrement.PositionIncrement;
                continue;
            }

            SetTerm(stem);
            offset.SetOffset(CorrectOffset(fallbackOffset.StartOffset), CorrectOffset(fallbackOffset.EndOffset));
            positionIncrement.PositionIncrement = fallbackPositionIncrement.PositionIncrement + skippedPositions;
            skippedPositions = 0;
            type.Type = fallbackType.Type;
            return true;
        }

        term.SetEmpty();
        return false;
    }

    /// <summary>
    /// The next word by the UAX #29 rules for these classes, lowercased and folded into <see cref="folded"/> as it is split:
    /// letters and digits join each other; an underscore joins anything but a separator; ':' joins two letters, ',' and ';'
    /// two digits, '.' and the single quotes either. A run of underscores alone is no word.
    /// </summary>
    private bool NextAscii()
    {
        var chars = text;
        var output = folded;
        var i = position;
        while (i < length)
        {
            var start = i;
            var hasLetter = false;
            var hasAlphanumeric = false;
            var written = 0;
            while (i < length)
            {
                var c = chars[i];

                // Most characters of a word are ASCII letters or digits: those skip the class table and the folding table.
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    output[written++] = (char)(c | 0x20);
                    hasLetter = true;
                    hasAlphanumeric = true;
                    i++;
                    continue;
                }

                if ((uint)(c - '0') <= 9)
                {
                    output[written++] = c;
                    hasAlphanumeric = true;
                    i++;
                    continue;
                }

                var current = ClassOf(c);
                if (current is CharClass.Letter or CharClass.Digit or CharClass.Underscore)
                {
                    hasLetter |= current == CharClass.Letter;
                    hasAlphanumeric |= current != CharClass.Underscore;
                }
                else if (current == CharClass.Other || i == start || i + 1 == length || !JoinsAcross(ClassOf(chars[i - 1]), current, ClassOf(chars[i + 1])))
                {
                    break;
                }

                written = Fold(c, output, written);
                i++;
            }

            if (i == start)
            {
                i++;
                continue;
            }

            if (!hasAlphanumeric)
            {
                continue;
            }

            if (i - start > StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH)
            {
                // StandardTokenizer skips a word over its length limit whole, and counts its position.
                skippedPositions++;
                continue;
            }

            // EnglishPossessiveFilter: a trailing 's, 'S, ’s or ’S goes (not ‘s: that filter runs before the folding); each folds to one character.
            if (i - start >= 2 && chars[i - 2] is '\'' or '\u2019' && (chars[i - 1] | 0x20) == 's')
            {
                written -= 2;
            }

            if (!hasLetter)
            {
                // Neither a stop word nor changed by the stemmer: Porter's rules all end in letters.
                term.CopyBuffer(output, 0, written);
            }
            else if (stems.StemOf(output.AsSpan(0, written)) is { } stem)
            {
                SetTerm(stem);
            }
            else
            {
                skippedPositions++;
                continue;
            }

            position = i;
            offset.SetOffset(CorrectOffset(start), CorrectOffset(i));
            positionIncrement.PositionIncrement = skippedPositions + 1;
            skippedPositions = 0;
            type.Type = hasLetter ? WordType : NumberType;
            return true;
        }

        position = length;
        term.SetEmpty();
        return false;
    }

    /// <summary>Writes what LowerCaseFilter then ASCIIFoldingFilter make of a character inside a word; returns the new length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Fold(char c, char[] output, int written)
    {
        if (c < FirstLatinLetter)
        {
            output[written] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            return written + 1;
        }

        // Past the Latin letters, only the curly single quotes are inside words here.
        var letters = c <= LastLatinLetter ? LatinFolded[c - FirstLatinLetter] : "'";
        letters.CopyTo(output.AsSpan(written));
        return written + letters.Length;
    }

    private void SetTerm(string value)
    {
        value.CopyTo(term.ResizeBuffer(value.Length));
        term.Length = value.Length;
    }

    private static bool JoinsAcross(CharClass before, CharClass middle, CharClass after) => middle switch
    {
        CharClass.MidLetter => before == CharClass.Letter && after == CharClass.Letter,
        CharClass.MidNumber => before == CharClass.Digit && after == CharClass.Digit,
        CharClass.MidBoth => (before == CharClass.Letter && after == CharClass.Letter) || (before == CharClass.Digit && after == CharClass.Digit),
        _ => false,
    };
}
