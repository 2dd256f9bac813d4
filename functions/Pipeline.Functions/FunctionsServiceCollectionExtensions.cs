using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core;

namespace Pipeline.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>Every function class in this assembly, for hosts that call them directly (the local host).</summary>
    public static IReadOnlyList<Type> FunctionTypes { get; } =
    [
        .. typeof(FunctionsServiceCollectionExtensions).Assembly.GetExportedTypes()
            .Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<FunctionAttribute>() is not null)),
    ];

    /// <summary>Everything the function classes need: the Core pipeline and its storage clients, and the classes themselves.</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPipelineCore(configuration);
        foreach (var type in FunctionTypes)
        {
            services.AddTransient(type);
        }

        return services;
    }
}
