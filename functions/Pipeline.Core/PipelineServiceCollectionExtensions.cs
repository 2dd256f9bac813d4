using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pipeline.Core.Api;
using Pipeline.Core.Configuration;
using Pipeline.Core.Enrichment;
using Pipeline.Core.Indexing;
using Pipeline.Core.Indexing.Snapshots;
using Pipeline.Core.Ingestion;
using Pipeline.Core.Normalization;
using Pipeline.Core.Search;
using Pipeline.Core.Storage;
using Pipeline.Core.Web;

namespace Pipeline.Core;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>The storage connection: a connection string, or a section with blobServiceUri/queueServiceUri (or accountName) and credential for managed identity.</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>Registers every pipeline stage; hosts add only their triggers (or watchers) on top.</summary>
    public static IServiceCollection AddPipelineCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions>(StorageOptions.Section);
        services.AddValidatedOptions<IndexStoreOptions>(IndexStoreOptions.Section);
        services.AddValidatedOptions<SearchOptions>(SearchOptions.Section);
        services.AddValidatedOptions<NormalizationOptions>(NormalizationOptions.SectionName);
        services.AddValidatedOptions<IngestionOptions>(IngestionOptions.Section);

        services.AddAzureClients(clients => clients.AddPipelineStorageClients(configuration.GetSection(StorageConnection)));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PipelineContainers>();
        services.AddSingleton<NormalizedStore>();
        services.AddSingleton<StatusStore>();
        services.AddHostedService<StorageInitializer>();

        services.AddSingleton(sp => new DocumentNormalizer(sp.GetRequiredService<IOptions<NormalizationOptions>>().Value));
        services.AddSingleton(_ => CountryGazetteer.LoadEmbedded());
        services.AddSingleton(_ => TopicTaxonomy.LoadEmbedded());
        services.AddSingleton<Enricher>();
        services.TryAddSingleton<IIndexRequestSink, QueueIndexRequestSink>();
        services.AddSingleton<StorageRetryPipeline>();
        services.AddSingleton<IngestionService>();
        services.AddSingleton<Events.BlobEventsHandler>();

        services.AddIndexRole(configuration);
        services.AddSingleton<IndexWriteLedger>();
        services.AddSingleton<IndexingService>();
        services.AddSingleton<ReindexService>();

        services.AddSingleton<IFacetVocabulary, EnrichmentFacetVocabulary>();
        services.AddSingleton<SearchRequestParser>();
        services.AddSingleton<QueryBuilder>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SearchApi>();
        services.AddSingleton<DocumentsApi>();
        services.AddSingleton<OpenApiDocument>();
        services.AddSingleton<StatusListing>();
        services.AddSingleton<FilesApi>();
        services.AddSingleton<StaticSite>();
        services.AddSingleton<FailuresApi>();
        services.AddSingleton<ReindexApi>();
        return services;
    }

    private static void AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
