using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pipeline.Core.Web;

namespace Pipeline.Functions;

internal static class WebResponseExtensions
{
    /// <summary>Writes Core's static file answer with its own headers (ETag, caching, CSP).</summary>
    public static IActionResult ToActionResult(this WebResponse response) => new WebResponseResult(response);

    private sealed class WebResponseResult(WebResponse response) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var http = context.HttpContext.Response;
            http.StatusCode = response.StatusCode;
            foreach (var (name, value) in response.Headers)
            {
                http.Headers[name] = value;
            }

            if (response.StatusCode == StatusCodes.Status304NotModified)
            {
                return;
            }

            http.ContentType = response.ContentType;
            http.ContentLength = response.Content.Length;
            await http.Body.WriteAsync(response.Content, context.HttpContext.RequestAborted);
        }
    }
}
