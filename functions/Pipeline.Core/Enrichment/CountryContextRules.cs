namespace Pipeline.Core.Enrichment;

/// <summary>
/// The small rules a careful reader applies to ambiguous aliases, with word lists from the gazetteer file:
/// a first name followed by a surname-like word is a person (Chad Smith); Georgia beside US-state context is the state;
/// a common word capitalised only by a sentence start or a Title Case title is weak evidence.
/// </summary>
internal sealed class CountryContextRules
{
    private readonly HashSet<string> _notSurnames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notSurnameLookup;
    private readonly HashSet<string> _usStateBefore;
    private readonly HashSet<string> _usStateAfter;

    public CountryContextRules(GazetteerRules rules)
    {
        _notSurnames = new HashSet<string>(rules.PersonNotSurname, StringComparer.OrdinalIgnoreCase);
        _notSurnameLookup = _notSurnames.GetAlternateLookup<ReadOnlySpan<char>>();
        _usStateBefore = rules.UsStateBefore.Select(Key).ToHashSet(StringComparer.Ordinal);
        _usStateAfter = rules.UsStateAfter.Select(Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>False when the context says the alias names something else than the country.</summary>
    public bool Accepts(CountryAlias alias, FieldText field, int first, int last, PhraseTrie<CountryAlias> trie, ReadOnlySpan<int> ids) =>
        alias.Ambiguity switch
        {
            Ambiguity.Person => !FollowedBySurname(field, last, trie, ids),
            Ambiguity.UsState => !IsUsState(alias, field, first, last),
            _ => true,
        };

    /// <summary>True when a us-state alias (Georgia) sits beside US-state context (Atlanta, Georgia; the Georgia legislature).</summary>
    public bool IsUsState(CountryAlias alias, FieldText field, int first, int last) =>
        alias.Ambiguity == Ambiguity.UsState && NearUsStateContext(field, first, last);

    /// <summary>
    /// A common-word alias whose capital may come from its position, or a needs-support alias anywhere,
    /// only counts if the country is also named plainly.
    /// </summary>
    public static bool IsWeak(CountryAlias alias, Token first, bool titleCaseField) =>
        alias.Ambiguity == Ambiguity.NeedsSupport || (alias.Ambiguity == Ambiguity.CommonWord && (first.SentenceStart || titleCaseField));

    private bool FollowedBySurname(FieldText field, int last, PhraseTrie<CountryAlias> trie, ReadOnlySpan<int> ids)
    {
        var tokens = field.Tokens;
        if (last + 1 >= tokens.Length || tokens[last].IsPossessive)
        {
            return false;
        }

        var next = tokens[last + 1];
        return next.JoinedToPrevious
            && next.Capitalised
            && !next.HasPeriod
            && !_notSurnameLookup.Contains(field.Original(next.Start, next.StemLength))
            && !trie.StartsPhrase(ids[last + 1]);
    }

    private bool NearUsStateContext(FieldText field, int first, int last)
    {
        var tokens = field.Tokens;
        if (!tokens[first].SentenceStart)
        {
            if (first >= 1 && _usStateBefore.Contains(Words(field, first - 1, first - 1)))
            {
                return true;
            }

            if (first >= 2 && !tokens[first - 1].SentenceStart && _usStateBefore.Contains(Words(field, first - 2, first - 1)))
            {
                return true;
            }
        }

        if (last + 1 < tokens.Length && !tokens[last + 1].SentenceStart)
        {
            if (_usStateAfter.Contains(Words(field, last + 1, last + 1)))
            {
                return true;
            }

            if (last + 2 < tokens.Length && tokens[last + 2].JoinedToPrevious && _usStateAfter.Contains(Words(field, last + 1, last + 2)))
            {
                return true;
            }
        }

        return false;
    }

    // Allocates, but only runs for the rare us-state aliases.
    private static string Words(FieldText field, int from, int to)
    {
        var tokens = field.Tokens;
        return Key(field.Text[tokens[from].Start..tokens[to].End]);
    }

    // Case is kept so that the pronoun "us" after Georgia is not read as "US".
    private static string Key(string phrase) =>
        string.Join(' ', phrase.Replace(".", "", StringComparison.Ordinal).Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries));
}
