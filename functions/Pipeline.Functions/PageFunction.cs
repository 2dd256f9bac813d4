using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Core.Web;

namespace Pipeline.Functions;

/// <summary>GET / and the page's assets: the search page (its route is constrained so it never answers for "api/...").</summary>
public sealed class PageFunction(StaticSite site)
{
    [Function(nameof(PageFunction))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = StaticSite.Route)] HttpRequest request,
        string? path) =>
        site.Get(path, request.Headers.IfNoneMatch).ToActionResult();
}
