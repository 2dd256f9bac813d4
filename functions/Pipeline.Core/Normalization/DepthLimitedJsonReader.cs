using Newtonsoft.Json;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Normalization;

/// <summary>A JSON reader that refuses nesting beyond a limit with a reason naming it (Newtonsoft's own MaxDepth error reads like a syntax error).</summary>
internal sealed class DepthLimitedJsonReader(TextReader reader, int maxDepth) : JsonTextReader(reader)
{
    public override bool Read()
    {
        var read = base.Read();
        if (read && TokenType is JsonToken.StartObject or JsonToken.StartArray && Depth + 1 > maxDepth)
        {
            throw new UnprocessableDocumentException(
                $"JSON nested deeper than the MaxJsonDepth limit ({maxDepth}) at line {LineNumber}, position {LinePosition}");
        }

        return read;
    }
}
