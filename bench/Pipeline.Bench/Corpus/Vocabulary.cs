namespace Pipeline.Bench.Corpus;

/// <summary>Hand-written news vocabulary: words drawn Zipf-like (earlier words are commoner), rare words, and fixed phrases.</summary>
public static class Vocabulary
{
    public static IReadOnlyList<string> Words { get; } =
    [
        "government", "officials", "year", "people", "minister", "country", "week", "report", "president", "plan",
        "percent", "market", "state", "public", "million", "time", "months", "agency", "talks", "policy",
        "new", "local", "national", "international", "regional", "former", "senior", "major", "growing", "early",
        "city", "region", "border", "capital", "province", "coast", "north", "south", "east", "west",
        "company", "companies", "workers", "families", "residents", "leaders", "analysts", "experts", "groups", "voters",
        "statement", "meeting", "decision", "proposal", "agreement", "measure", "programme", "project", "budget", "funding",
        "announced", "said", "added", "warned", "expected", "planned", "agreed", "rejected", "approved", "delayed",
        "increase", "decline", "pressure", "support", "concerns", "crisis", "reform", "strategy", "response", "impact",
        "data", "figures", "survey", "study", "research", "sources", "interview", "spokesperson", "committee", "council",
        "billion", "costs", "prices", "demand", "supply", "sector", "industry", "services", "infrastructure", "network",
        "parliament", "opposition", "coalition", "party", "campaign", "vote", "law", "court", "ruling", "rules",
        "community", "school", "hospital", "water", "energy", "roads", "housing", "land", "food", "transport",
        "record", "levels", "rate", "growth", "risk", "safety", "standards", "quality", "access", "future",
        "cooperation", "partners", "neighbours", "delegation", "visit", "summit", "forum", "conference", "talks", "dialogue",
        "morning", "evening", "weekend", "thursday", "monday", "friday", "season", "decade", "history", "tradition",
        "critics", "supporters", "observers", "journalists", "citizens", "students", "farmers", "engineers", "doctors", "teachers",
        "significant", "difficult", "important", "possible", "likely", "clear", "open", "strong", "weak", "stable",
        "quickly", "slowly", "recently", "already", "still", "again", "together", "instead", "largely", "widely",
        "rise", "fall", "change", "shift", "gap", "share", "deal", "offer", "move", "step",
        "warehouse", "shipment", "pipeline", "terminal", "harbour", "runway", "bridge", "tunnel", "railway", "factory",
        "lawmakers", "regulators", "investors", "lenders", "creditors", "exporters", "importers", "retailers", "suppliers", "contractors",
        "inflation", "deficit", "surplus", "tariff", "subsidy", "levy", "bond", "currency", "reserves", "debt",
        "drought", "flood", "heatwave", "wildfire", "storm", "earthquake", "harvest", "livestock", "fisheries", "forest",
        "protest", "strike", "rally", "petition", "inquiry", "audit", "scandal", "resignation", "appointment", "nomination",
        "satellite", "software", "startup", "platform", "chip", "battery", "reactor", "turbine", "grid", "vaccine",
        "tournament", "stadium", "coach", "striker", "champion", "medal", "league", "festival", "museum", "exhibition",
    ];

    /// <summary>Words planted in about one document in two thousand: the rare-term queries.</summary>
    public static IReadOnlyList<string> RareWords { get; } =
    [
        "zeolite", "quokka", "obsidian", "marimba", "fjordland", "halberd", "xylograph", "quinoa", "tamarind", "saffron",
        "nebulizer", "gyrocopter", "basilisk", "monsoonal", "petrichor", "cormorant", "sextant", "lanthanum", "vermilion", "kelpie",
    ];

    /// <summary>Fixed phrases (no stop words, so both engines' analyzers agree on them).</summary>
    public static IReadOnlyList<string> Phrases { get; } =
    [
        "central bank", "climate summit", "supply chain", "trade deal", "interest rates", "peace talks",
        "election campaign", "health ministry", "border crossing", "energy prices", "foreign minister", "state media",
    ];

    public static IReadOnlyList<string> Sources { get; } = ["Staff reporter", "Wire services", "Our correspondent", "Desk editors"];
}
