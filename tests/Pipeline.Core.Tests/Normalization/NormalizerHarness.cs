using System.Text;
using Pipeline.Core.Documents;
using Pipeline.Core.Normalization;

namespace Pipeline.Core.Tests.Normalization;

internal static class NormalizerHarness
{
    public static ExtractedDocument Normalize(string text, string path, string? contentType = null) =>
        DocumentNormalizer.Default.Normalize(Encoding.UTF8.GetBytes(text), path, contentType);

    public static string Refusal(string text, string path, NormalizationOptions? options = null) =>
        Refusal(Encoding.UTF8.GetBytes(text), path, options);

    public static string Refusal(byte[] bytes, string path, NormalizationOptions? options = null)
    {
        var normalizer = options is null ? DocumentNormalizer.Default : new DocumentNormalizer(options);
        return Assert.Throws<UnprocessableDocumentException>(() => normalizer.Normalize(bytes, path)).Message;
    }
}
