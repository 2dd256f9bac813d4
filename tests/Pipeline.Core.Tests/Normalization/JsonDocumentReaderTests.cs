using Pipeline.Core.Normalization;
using static Pipeline.Core.Tests.Normalization.NormalizerHarness;

namespace Pipeline.Core.Tests.Normalization;

public class JsonDocumentReaderTests
{
    public static TheoryData<string> TitleFields => new(new NormalizationOptions().JsonTitleFields);

    public static TheoryData<string> BodyFields => new(new NormalizationOptions().JsonBodyFields);

    public static TheoryData<string> DateFields => new(new NormalizationOptions().JsonDateFields);

    [Theory]
    [MemberData(nameof(TitleFields))]
    public void Each_title_alias_is_read_case_insensitively(string field)
    {
        var doc = Normalize($$"""{"{{field.ToUpperInvariant()}}": "Vote in Chile", "body": "Polls closed."}""", "a.json");

        Assert.Equal("json", doc.Format);
        Assert.Equal("Vote in Chile", doc.Title);
        Assert.Equal("Polls closed.", doc.Body);
    }

    [Theory]
    [MemberData(nameof(BodyFields))]
    public void Each_body_alias_is_read(string field)
    {
        var doc = Normalize($$"""{"title": "T", "{{field}}": "Body via {{field}}"}""", "a.json");

        Assert.Equal($"Body via {field}", doc.Body);
    }

    [Theory]
    [MemberData(nameof(DateFields))]
    public void Each_date_alias_is_read(string field)
    {
        var doc = Normalize($$"""{"title": "T", "body": "B", "{{field}}": "2024-02-29T23:00:00-05:00"}""", "a.json");

        Assert.Equal(new DateTimeOffset(2024, 2, 29, 23, 0, 0, TimeSpan.FromHours(-5)), doc.Published);
    }

    [Theory]
    [InlineData("subtitle")]
    [InlineData("standfirst")]
    [InlineData("dek")]
    public void Subtitle_aliases_and_language_are_read(string field)
    {
        var doc = Normalize($$"""{"headline": "T", "text": "B", "{{field}}": "A dek", "lang": "de"}""", "a.json");

        Assert.Equal("A dek", doc.Subtitle);
        Assert.Equal("de", doc.Language);
    }

    [Fact]
    public void Body_array_becomes_paragraphs()
    {
        var doc = Normalize("""{"title": "T", "body": ["First.", "", "  Second. ", 3]}""", "a.json");

        Assert.Equal("First.\n\nSecond.\n\n3", doc.Body);
    }

    [Fact]
    public void Html_in_body_is_reduced_to_text()
    {
        var doc = Normalize("""{"title": "T", "content": "<p>One &amp; two</p><p>Three</p>"}""", "a.json");

        Assert.Equal("One & two\n\nThree", doc.Body);
    }

    [Fact]
    public void Top_level_array_is_refused()
    {
        var reason = Refusal("""[{"title": "a", "body": "b"}]""", "many.json");

        Assert.Equal("JSON arrays of documents are not supported; upload one document per file", reason);
    }

    [Fact]
    public void Malformed_json_is_refused_with_its_position()
    {
        var reason = Refusal("{\n  \"title\": \"a\",\n  \"body\" \"b\"\n}", "bad.json");

        Assert.StartsWith("invalid JSON at line 3, position ", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Path '", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_content_is_refused()
    {
        Assert.StartsWith("invalid JSON at line 1", Refusal("""{"title": "a", "body": "b"} x""", "bad.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_refused()
    {
        var json = """{"title": "a", "body": "b", "x": """ + new string('[', 10) + new string(']', 10) + "}";

        var reason = Refusal(json, "deep.json", new NormalizationOptions { MaxJsonDepth = 5 });

        Assert.StartsWith("JSON nested deeper than the MaxJsonDepth limit (5)", reason, StringComparison.Ordinal);
        Assert.Equal("b", Normalize(json, "deep.json").Body);
    }

    [Fact]
    public void Object_without_known_fields_has_no_text()
    {
        Assert.Contains("no text found", Refusal("""{"id": 1}""", "a.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_title_falls_back_to_file_name()
    {
        Assert.Equal("report-2025", Normalize("""{"body": "Text."}""", "incoming/x/report-2025.json").Title);
    }
}
