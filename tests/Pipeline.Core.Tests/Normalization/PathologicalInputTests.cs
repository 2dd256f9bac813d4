using Pipeline.Core.Normalization;
using static Pipeline.Core.Tests.Normalization.NormalizerHarness;

namespace Pipeline.Core.Tests.Normalization;

public class PathologicalInputTests
{
    [Fact]
    public void Very_deep_html_is_refused_without_exhausting_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "x</body></html>";

        Assert.Contains("MaxHtmlDepth limit (256", Refusal(html, "deep.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_raw_html_inside_markdown_is_refused()
    {
        var markdown = "# Title\n\n" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "x\n";

        Assert.Contains("MaxHtmlDepth", Refusal(markdown, "deep.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_inside_scripts_and_comments_do_not_count_as_nesting()
    {
        var noise = string.Concat(Enumerable.Repeat("<div>", 1_000));
        var html = $"<html><body><script>var s = '{noise}';</script><!-- {noise} --><p>Kept text.</p></body></html>";

        Assert.Equal("Kept text.", Normalize(html, "a.html").Body);
    }

    [Fact]
    public void Very_deep_markdown_is_refused_without_exhausting_the_stack()
    {
        var markdown = "# Title\n\n" + new string('>', 100_000) + " quote\n";

        Assert.Contains("too deeply", Refusal(markdown, "deep.md"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Very_deep_json_is_refused_at_the_default_limit()
    {
        var json = "{\"title\": \"t\", \"x\": " + new string('[', 500_000) + new string(']', 500_000) + "}";

        Assert.Contains("MaxJsonDepth limit (64)", Refusal(json, "deep.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_out_of_range_are_rejected_at_construction()
    {
        Assert.ThrowsAny<System.ComponentModel.DataAnnotations.ValidationException>(
            () => new DocumentNormalizer(new NormalizationOptions { MaxJsonDepth = 0 }));
    }
}
