namespace Pipeline.Bench.Corpus;

/// <summary>Hand-written list of countries the corpus mentions; the first ones are mentioned most, as in real news.</summary>
public static class CountryList
{
    public static IReadOnlyList<PlantedCountry> All { get; } =
    [
        new("US", "United States", "American", "Washington", ["the US", "USA", "America"]),
        new("GB", "United Kingdom", "British", "London", ["Britain", "the UK"]),
        new("FR", "France", "French", "Paris", ["French Republic"]),
        new("DE", "Germany", "German", "Berlin", ["Federal Republic of Germany"]),
        new("CN", "China", "Chinese", "Beijing", ["People's Republic of China"]),
        new("RU", "Russia", "Russian", "Moscow", ["Russian Federation"]),
        new("UA", "Ukraine", "Ukrainian", "Kyiv", ["Kiev"]),
        new("IN", "India", "Indian", "New Delhi", ["Republic of India"]),
        new("JP", "Japan", "Japanese", "Tokyo", ["Nippon"]),
        new("BR", "Brazil", "Brazilian", "Brasília", ["Brasil"]),
        new("TR", "Türkiye", "Turkish", "Ankara", ["Turkey", "Turkiye"]),
        new("AZ", "Azerbaijan", "Azerbaijani", "Baku", ["Republic of Azerbaijan"]),
        new("IT", "Italy", "Italian", "Rome", ["Italia"]),
        new("ES", "Spain", "Spanish", "Madrid", ["España"]),
        new("CA", "Canada", "Canadian", "Ottawa", ["Dominion of Canada"]),
        new("MX", "Mexico", "Mexican", "Mexico City", ["México"]),
        new("AU", "Australia", "Australian", "Canberra", ["Commonwealth of Australia"]),
        new("KR", "South Korea", "South Korean", "Seoul", ["Republic of Korea"]),
        new("IR", "Iran", "Iranian", "Tehran", ["Persia"]),
        new("IL", "Israel", "Israeli", "Tel Aviv", ["State of Israel"]),
        new("EG", "Egypt", "Egyptian", "Cairo", ["Arab Republic of Egypt"]),
        new("NG", "Nigeria", "Nigerian", "Abuja", ["Federal Republic of Nigeria"]),
        new("ZA", "South Africa", "South African", "Pretoria", ["Republic of South Africa"]),
        new("KE", "Kenya", "Kenyan", "Nairobi", ["Republic of Kenya"]),
        new("AR", "Argentina", "Argentine", "Buenos Aires", ["Argentine Republic"]),
        new("PL", "Poland", "Polish", "Warsaw", ["Polska"]),
        new("SE", "Sweden", "Swedish", "Stockholm", ["Kingdom of Sweden"]),
        new("NO", "Norway", "Norwegian", "Oslo", ["Kingdom of Norway"]),
        new("GE", "Georgia", "Georgian", "Tbilisi", ["Sakartvelo"]),
        new("AM", "Armenia", "Armenian", "Yerevan", ["Republic of Armenia"]),
        new("KZ", "Kazakhstan", "Kazakh", "Astana", ["Republic of Kazakhstan"]),
        new("PK", "Pakistan", "Pakistani", "Islamabad", ["Islamic Republic of Pakistan"]),
        new("ID", "Indonesia", "Indonesian", "Jakarta", ["Republic of Indonesia"]),
        new("VN", "Vietnam", "Vietnamese", "Hanoi", ["Viet Nam"]),
        new("SA", "Saudi Arabia", "Saudi", "Riyadh", ["Kingdom of Saudi Arabia"]),
        new("CH", "Switzerland", "Swiss", "Bern", ["Swiss Confederation"]),
        new("NL", "Netherlands", "Dutch", "Amsterdam", ["Holland"]),
        new("GR", "Greece", "Greek", "Athens", ["Hellenic Republic"]),
        new("CL", "Chile", "Chilean", "Santiago", ["Republic of Chile"]),
        new("ET", "Ethiopia", "Ethiopian", "Addis Ababa", ["Federal Democratic Republic of Ethiopia"]),
    ];
}
