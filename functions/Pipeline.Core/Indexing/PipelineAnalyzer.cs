using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Core;

namespace Pipeline.Core.Indexing;

/// <summary>English analysis with diacritic folding, so "Turkiye" finds "Türkiye" and "talks" finds "talk".</summary>
public sealed class PipelineAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(IndexSchema.Version, reader);
        TokenStream stream = new StandardFilter(IndexSchema.Version, source);
        stream = new EnglishPossessiveFilter(IndexSchema.Version, stream);
        stream = new LowerCaseFilter(IndexSchema.Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(IndexSchema.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
