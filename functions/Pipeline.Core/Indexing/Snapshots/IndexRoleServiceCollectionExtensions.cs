using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.Core.Indexing.Snapshots;

/// <summary>Registers the index as this instance's role needs it: who may write, and where searches read from.</summary>
public static class IndexRoleServiceCollectionExtensions
{
    /// <summary>The configured role ("Pipeline:Index:Role"), Standalone when unset.</summary>
    public static IndexRole ReadIndexRole(this IConfiguration configuration) =>
        configuration.GetSection(IndexReplicationOptions.Section).GetValue<IndexRole?>(nameof(IndexReplicationOptions.Role)) ?? IndexRole.Standalone;

    public static IServiceCollection AddIndexRole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IndexReplicationOptions>().BindConfiguration(IndexReplicationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IndexRequestApplier>();
        var role = configuration.ReadIndexRole();
        if (role == IndexRole.Standalone)
        {
            services.AddSingleton<LuceneIndex>();
            services.AddSingleton<ISearcherSource>(sp => sp.GetRequiredService<LuceneIndex>());
            services.AddHostedService<IndexMaintenanceService>();
            return services;
        }

        services.AddSingleton<SnapshotStore>();
        services.AddSingleton<SnapshotDownloader>();
        if (role is IndexRole.Writer or IndexRole.OnDemand)
        {
            services.AddSingleton<IndexWriterLock>();
            services.AddSingleton<SnapshotPublisher>();
            services.AddSingleton<SnapshotReconciler>();
            services.AddSingleton<IndexWriterHost>();

            // Blocks only a consumer that needs the index before it is open (a Writer's start, a reindex); the queue path awaits it.
            services.AddSingleton(sp => sp.GetRequiredService<IndexWriterHost>().OpenAsync(CancellationToken.None).GetAwaiter().GetResult());
            services.AddHostedService<IndexWriterService>();
        }
        else
        {
            services.AddSingleton<LuceneIndex>(_ => throw new InvalidOperationException(
                "this instance is a Searcher (Pipeline:Index:Role): it has no index writer; index and reindex on the writer"));
        }

        if (role == IndexRole.Writer)
        {
            services.AddSingleton<ISearcherSource>(sp => sp.GetRequiredService<LuceneIndex>());
        }
        else
        {
            services.AddSingleton<SnapshotReplica>();
            services.AddSingleton<ISearcherSource>(sp => sp.GetRequiredService<SnapshotReplica>());
            services.AddHostedService<SnapshotFollower>();
        }

        return services;
    }
}
