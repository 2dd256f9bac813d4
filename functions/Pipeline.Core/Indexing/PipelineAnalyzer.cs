using Lucene.Net.Analysis;

namespace Pipeline.Core.Indexing;

/// <summary>
/// English analysis with diacritic folding, so "Turkiye" finds "Türkiye" and "talks" finds "talk": StandardTokenizer,
/// StandardFilter, EnglishPossessiveFilter, LowerCaseFilter, ASCIIFoldingFilter, StopFilter (English) and PorterStemFilter,
/// the first six fused in <see cref="EnglishWordTokenizer"/> and the stemmer cached, with the same tokens.
/// </summary>
public sealed class PipelineAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new EnglishWordTokenizer(reader);
        return new TokenStreamComponents(source, new CachedPorterStemFilter(source));
    }
}
