namespace Pipeline.Core.Web;

/// <summary>Content types for the few kinds of file the page ships; anything else is served as opaque bytes.</summary>
public static class WebContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".json"] = "application/json; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    };

    public static string For(string path) =>
        ByExtension.TryGetValue(System.IO.Path.GetExtension(path), out var type) ? type : "application/octet-stream";
}
