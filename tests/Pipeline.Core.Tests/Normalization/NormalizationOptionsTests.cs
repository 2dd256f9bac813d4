using Microsoft.Extensions.Configuration;
using Pipeline.Core.Normalization;

namespace Pipeline.Core.Tests.Normalization;

public class NormalizationOptionsTests
{
    [Fact]
    public void Binds_from_its_configuration_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Pipeline:Normalization:MaxJsonDepth"] = "7",
                ["Pipeline:Normalization:MaxTextChars"] = "1234",
            })
            .Build();

        var options = configuration.GetSection(NormalizationOptions.SectionName).Get<NormalizationOptions>();

        Assert.NotNull(options);
        Assert.Equal(7, options.MaxJsonDepth);
        Assert.Equal(1234, options.MaxTextChars);
        Assert.Equal(new NormalizationOptions().MaxHtmlDepth, options.MaxHtmlDepth);
    }
}
