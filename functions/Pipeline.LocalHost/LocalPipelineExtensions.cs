using Pipeline.Core;
using Pipeline.Core.Configuration;
using Pipeline.Core.Indexing.Snapshots;
using Pipeline.Core.Ingestion;
using Pipeline.Functions;

namespace Pipeline.LocalHost;

public static class LocalPipelineExtensions
{
    /// <summary>The Functions app's services, plus what Azure would provide: Azurite, blob events and the index queue.</summary>
    public static WebApplicationBuilder AddLocalPipeline(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LocalHostOptions>().BindConfiguration(LocalHostOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Hosted services start in registration order: the search warm-up runs beside everything else, and storage must
        // answer before anything touches it.
        // Only a standalone host searches an index of its own from the start; a writer restores first, an on-demand one downloads only when asked.
        var standalone = builder.Configuration.ReadIndexRole() == IndexRole.Standalone;
        builder.Services.AddSingleton(sp => new SearchWarmup(sp, standalone, sp.GetRequiredService<ILogger<SearchWarmup>>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SearchWarmup>());
        builder.Services.AddHostedService<AzuriteLauncher>();

        // A search-only host (Pipeline:Index:Role = Searcher) ingests nothing: no watcher, no seeds, no index queue.
        var ingests = builder.Configuration.ReadIndexRole() != IndexRole.Searcher;
        if (ingests)
        {
            builder.Services.AddSingleton<InProcessIndexQueue>();
            builder.Services.AddSingleton<IncomingChanges>();
            builder.Services.AddHttpForwarder();
            builder.Services.AddSingleton<IIndexRequestSink>(sp => sp.GetRequiredService<InProcessIndexQueue>());
        }

        builder.Services.AddPipeline(builder.Configuration);

        // `dotnet run --project` starts in the project folder: keep relative data paths at the repository root.
        builder.Services.PostConfigure<IndexStoreOptions>(options => options.Path = RepositoryRoot.Resolve(options.Path));
        if (ingests)
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<InProcessIndexQueue>());
            builder.Services.AddHostedService<SeedLoader>();
            builder.Services.AddHostedService<IncomingWatcher>();
        }

        builder.Services.AddMvcCore();
        return builder;
    }

    public static WebApplication MapLocalPipeline(this WebApplication app)
    {
        app.MapFunctionRoutes();

        // Only a host that ingests has a watcher to tell of the writes it relays.
        if (app.Services.GetService<IncomingChanges>() is not null)
        {
            app.MapBlobRelay();
        }

        return app;
    }
}
