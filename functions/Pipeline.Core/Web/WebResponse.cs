namespace Pipeline.Core.Web;

/// <summary>A static file answer from Core, independent of any hosting framework; headers go out as given.</summary>
public sealed record WebResponse(int StatusCode, ReadOnlyMemory<byte> Content, string ContentType, IReadOnlyDictionary<string, string> Headers);
