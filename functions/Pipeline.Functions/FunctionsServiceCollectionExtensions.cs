using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core;

namespace Pipeline.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>Everything the function classes need: the Core pipeline and its storage clients.</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPipelineCore(configuration);
        services.AddTransient<NormalizeFunction>();
        services.AddTransient<IndexFunction>();
        services.AddTransient<SearchFunction>();
        services.AddTransient<DocumentFunction>();
        services.AddTransient<StatusFunction>();
        return services;
    }
}
