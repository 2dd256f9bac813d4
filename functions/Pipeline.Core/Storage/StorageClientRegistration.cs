using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.Core.Storage;

/// <summary>
/// Registers the blob and queue clients from the storage connection section exactly as the Functions host reads it:
/// a connection string, or blobServiceUri/queueServiceUri (or accountName) with credential/clientId for managed identity.
/// </summary>
/// <remarks>Microsoft.Extensions.Azure alone would look for one "serviceUri" shared by both clients, which the host does not use.</remarks>
public static class StorageClientRegistration
{
    public static AzureClientFactoryBuilder AddPipelineStorageClients(this AzureClientFactoryBuilder clients, IConfigurationSection section)
    {
        if (!string.IsNullOrEmpty(section.Value))
        {
            clients.AddBlobServiceClient(section);
            clients.AddQueueServiceClient(section).ConfigureOptions(Base64Messages);
            return clients;
        }

        clients.AddClient<BlobServiceClient, BlobClientOptions>((options, credential) => new BlobServiceClient(Endpoint(section, "blob"), credential, options))
            .WithCredential(services => services.GetRequiredService<AzureComponentFactory>().CreateTokenCredential(section));
        clients.AddClient<QueueServiceClient, QueueClientOptions>((options, credential) => new QueueServiceClient(Endpoint(section, "queue"), credential, options))
            .WithCredential(services => services.GetRequiredService<AzureComponentFactory>().CreateTokenCredential(section))
            .ConfigureOptions(Base64Messages);
        return clients;
    }

    // The Functions queue trigger reads Base64 messages by default.
    private static void Base64Messages(QueueClientOptions options) => options.MessageEncoding = QueueMessageEncoding.Base64;

    private static Uri Endpoint(IConfigurationSection section, string service)
    {
        if (section[$"{service}ServiceUri"] is { Length: > 0 } uri)
        {
            return new Uri(uri);
        }

        return section["accountName"] is { Length: > 0 } account
            ? new Uri($"https://{account}.{service}.core.windows.net")
            : throw new InvalidOperationException(
                $"'{section.Path}' has no connection string, '{section.Path}:{service}ServiceUri' or '{section.Path}:accountName'.");
    }
}
