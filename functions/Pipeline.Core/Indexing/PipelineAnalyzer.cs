using Lucene.Net.Analysis;

namespace Pipeline.Core.Indexing;

/// <summary>
/// English analysis with diacritic folding, so "Turkiye" finds "Türkiye" and "talks" finds "talk": StandardTokenizer,
/// StandardFilter, EnglishPossessiveFilter, LowerCaseFilter, ASCIIFoldingFilter, StopFilter (English) and PorterStemFilter,
/// fused in <see cref="EnglishWordTokenizer"/> with stop words and stems remembered per word, with the same tokens.
/// </summary>
public sealed class PipelineAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new EnglishWordTokenizer(reader));
}
