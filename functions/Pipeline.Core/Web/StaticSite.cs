using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Pipeline.Core.Problems;
using Pipeline.Core.Storage;

namespace Pipeline.Core.Web;

/// <summary>
/// The search page: files embedded in this assembly under Web/site, served by name only (no file system, so no traversal),
/// with ETags so browsers revalidate cheaply instead of downloading again.
/// </summary>
public sealed partial class StaticSite
{
    /// <summary>
    /// The route hosts use: only "", "index.html" and "assets/{name}", so it never shadows "api/..." routes (Azure Functions orders
    /// routes by function name, not by precedence). The default makes "/" match: a regex constraint rejects a missing value.
    /// </summary>
    public const string Route = @"{*path:regex(^(index\.html|assets/[A-Za-z0-9][A-Za-z0-9._-]*)$)=index.html}";

    private const string ResourcePrefix = "Pipeline.Core.Web.site/";

    // The page runs no inline script or style and talks only to its own origin; API titles are HTML, so this is a second line of defence.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private readonly FrozenDictionary<string, StaticFile> files;

    public StaticSite()
        : this(typeof(StaticSite).Assembly)
    {
    }

    internal StaticSite(Assembly assembly)
    {
        files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => Load(assembly, name))
            .ToFrozenDictionary(file => file.Path, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Paths => files.Keys;

    /// <summary>Answers GET /{path}: 200 with the file, 304 when the browser's copy is current, 404 for anything unknown.</summary>
    public WebResponse Get(string? path, IEnumerable<string?>? ifNoneMatch)
    {
        var key = string.IsNullOrEmpty(path) ? "index.html" : path;
        if (!SafePath().IsMatch(key) || !files.TryGetValue(key, out var file))
        {
            var problem = ApiProblem.NotFound($"There is no page at '/{path}'. The search page is at '/'.");
            return new WebResponse(404, PipelineJson.SerializeToUtf8(problem), ApiProblem.ContentType, Headers(etag: null));
        }

        var headers = Headers(file.ETag);
        return Matches(ifNoneMatch, file.ETag)
            ? new WebResponse(304, ReadOnlyMemory<byte>.Empty, file.ContentType, headers)
            : new WebResponse(200, file.Content, file.ContentType, headers);
    }

    private static Dictionary<string, string> Headers(string? etag)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            // File names carry no content hash (no build step), so browsers must revalidate; the ETag makes that a 304.
            ["Cache-Control"] = "no-cache",
            ["X-Content-Type-Options"] = "nosniff",
            ["Referrer-Policy"] = "no-referrer",
            ["Content-Security-Policy"] = ContentSecurityPolicy,
        };
        if (etag is not null)
        {
            headers["ETag"] = etag;
        }

        return headers;
    }

    private static bool Matches(IEnumerable<string?>? ifNoneMatch, string etag) =>
        ifNoneMatch is not null && ifNoneMatch
            .Where(value => value is not null)
            .SelectMany(value => value!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Any(tag => tag == "*" || tag == etag || tag == "W/" + etag);

    private static StaticFile Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' vanished.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var path = resource[ResourcePrefix.Length..].Replace('\\', '/');
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"";
        return new StaticFile(path, content, WebContentTypes.For(path), etag);
    }

    [GeneratedRegex(@"^(index\.html|assets/[A-Za-z0-9][A-Za-z0-9._-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePath();
}
