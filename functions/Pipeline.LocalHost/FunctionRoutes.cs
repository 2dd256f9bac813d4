using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Functions;

namespace Pipeline.LocalHost;

/// <summary>Serves every HTTP-triggered function of Pipeline.Functions on the same route, as `func start` would.</summary>
internal static class FunctionRoutes
{
    public static IEndpointRouteBuilder MapFunctionRoutes(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (type, method, trigger) in HttpFunctions())
        {
            // host.json sets routePrefix to "" so the page can be served at "/": routes carry their own "api/".
            var route = $"/{trigger.Route ?? method.Name}";
            var verbs = (trigger.Methods ?? ["get"]).Select(m => m.ToUpperInvariant()).ToArray();

            // Reflection once per route at startup, not per request: each parameter's binder is chosen here.
            var binders = method.GetParameters().Select(Binder).ToArray();
            endpoints.MapMethods(route, verbs, context => InvokeAsync(context, type, method, binders)).WithName(type.Name);
        }

        return endpoints;
    }

    private static IEnumerable<(Type Type, MethodInfo Method, HttpTriggerAttribute Trigger)> HttpFunctions() =>
        from type in FunctionsServiceCollectionExtensions.FunctionTypes
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        where method.GetCustomAttribute<FunctionAttribute>() is not null
        let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)
        where trigger is not null
        select (type, method, trigger);

    private static async Task InvokeAsync(HttpContext context, Type type, MethodInfo method, Func<HttpContext, object?>[] binders)
    {
        var function = context.RequestServices.GetRequiredService(type);
        var arguments = new object?[binders.Length];
        for (var i = 0; i < binders.Length; i++)
        {
            arguments[i] = binders[i](context);
        }

        var returned = method.Invoke(function, arguments);
        var result = returned switch
        {
            Task<IActionResult> pending => await pending,
            IActionResult ready => ready,
            _ => throw new InvalidOperationException($"{type.Name}.{method.Name} must return IActionResult."),
        };
        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    private static Func<HttpContext, object?> Binder(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(HttpRequest) => context => context.Request,
        var t when t == typeof(CancellationToken) => context => context.RequestAborted,
        var t when t == typeof(string) => context => context.GetRouteValue(parameter.Name!) as string,
        _ => throw new InvalidOperationException($"The local host cannot bind parameter '{parameter.Name}' of type {parameter.ParameterType}."),
    };
}
