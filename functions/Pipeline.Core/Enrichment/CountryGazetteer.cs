using System.Diagnostics.CodeAnalysis;
using Newtonsoft.Json;

namespace Pipeline.Core.Enrichment;

/// <summary>Every ISO 3166-1 alpha-2 country plus XK, with the names, demonyms, cities and flags that point at it. Immutable.</summary>
public sealed class CountryGazetteer
{
    private const string ResourceName = "Pipeline.Core.Enrichment.Data.countries.json";

    private readonly Dictionary<string, string> _names;

    private CountryGazetteer(Dictionary<string, string> names, PhraseTrie<CountryAlias> trie, CountryContextRules rules)
    {
        _names = names;
        Trie = trie;
        Rules = rules;
    }

    public IReadOnlyCollection<string> Codes => _names.Keys;

    internal PhraseTrie<CountryAlias> Trie { get; }

    internal CountryContextRules Rules { get; }

    public static CountryGazetteer LoadEmbedded()
    {
        using var reader = EmbeddedData.OpenText(ResourceName);
        return Load(reader);
    }

    internal static CountryGazetteer Load(TextReader reader)
    {
        using var json = new JsonTextReader(reader);
        var file = JsonSerializer.CreateDefault().Deserialize<GazetteerFile>(json)
            ?? throw new InvalidDataException("The gazetteer file is empty.");
        var builder = new PhraseTrie<CountryAlias>.Builder();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in file.Countries)
        {
            names.Add(country.Code, country.Name);
            foreach (var alias in country.Aliases)
            {
                builder.Add(alias.Text, new CountryAlias(country.Code, alias.Text, alias.CaseSensitive, CountryAlias.ParseAmbiguity(alias.Ambiguous)));
            }
        }

        foreach (var blocker in file.Blockers)
        {
            builder.Add(blocker, new CountryAlias(null, blocker, CaseSensitive: false, Ambiguity.None));
        }

        return new CountryGazetteer(names, builder.Build(), new CountryContextRules(file.Rules));
    }

    /// <summary>The English short name ("Palestine", "Türkiye", "United States").</summary>
    public string NameOf(string code) =>
        _names.TryGetValue(code, out var name) ? name : throw new KeyNotFoundException($"'{code}' is not a country code in the gazetteer.");

    /// <summary>Resolves a whole alias ("Türkiye", "Azerbaijani", "U.S.", "Baku") to its country, honouring case-sensitive aliases.</summary>
    public bool TryResolve(string text, [MaybeNullWhen(false)] out string code)
    {
        code = null;
        using var field = new FieldText("query", text, 0);
        if (field.Count == 0 || field.Count > PhraseTrie<CountryAlias>.MaxPhraseTokens)
        {
            return false;
        }

        Span<int> ids = stackalloc int[PhraseTrie<CountryAlias>.MaxPhraseTokens];
        Span<int> stemIds = stackalloc int[PhraseTrie<CountryAlias>.MaxPhraseTokens];
        Trie.IdsOf(field, ids, stemIds);
        Span<TrieHit> hits = stackalloc TrieHit[PhraseTrie<CountryAlias>.MaxPhraseTokens * 2];
        var count = Trie.Walk(field.Tokens, ids, stemIds, 0, hits);
        for (var h = count - 1; h >= 0 && code is null; h--)
        {
            var hit = hits[h];
            if (hit.LastToken != field.Count - 1)
            {
                continue;
            }

            var last = field.Tokens[hit.LastToken];
            var end = hit.Possessive ? last.Start + last.StemLength : last.End;
            code = Trie.PayloadsOf(hit.Node)!.FirstOrDefault(a => !a.IsBlocker && a.CaseMatches(text.AsSpan(0, end)))?.Code;
        }

        return code is not null;
    }
}
