using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.Core.Tests.Storage;

/// <summary>Core's storage clients read "AzureWebJobsStorage" as the Functions host does, so one set of app settings serves both.</summary>
public sealed class StorageConnectionTests
{
    [Fact]
    public void Managed_identity_settings_of_the_deployed_app_give_each_client_its_own_endpoint()
    {
        // The settings infra/modules/functionapp.bicep writes.
        using var services = Provider(new()
        {
            ["AzureWebJobsStorage:accountName"] = "stpipeline",
            ["AzureWebJobsStorage:blobServiceUri"] = "https://stpipeline.blob.core.windows.net/",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://stpipeline.queue.core.windows.net/",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.Equal("https://stpipeline.blob.core.windows.net/", services.GetRequiredService<BlobServiceClient>().Uri.ToString());
        Assert.Equal("https://stpipeline.queue.core.windows.net/", services.GetRequiredService<QueueServiceClient>().Uri.ToString());
    }

    [Fact]
    public void Account_name_alone_derives_the_public_cloud_endpoints()
    {
        using var services = Provider(new()
        {
            ["AzureWebJobsStorage:accountName"] = "stpipeline",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
        });

        Assert.Equal("https://stpipeline.blob.core.windows.net/", services.GetRequiredService<BlobServiceClient>().Uri.ToString());
        Assert.Equal("https://stpipeline.queue.core.windows.net/", services.GetRequiredService<QueueServiceClient>().Uri.ToString());
    }

    [Fact]
    public void A_connection_string_still_works()
    {
        using var services = Provider(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", services.GetRequiredService<BlobServiceClient>().Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1", services.GetRequiredService<QueueServiceClient>().Uri.ToString().TrimEnd('/'));
    }

    [Fact]
    public void A_section_naming_no_endpoint_fails_with_a_clear_message()
    {
        using var services = Provider(new() { ["AzureWebJobsStorage:credential"] = "managedidentity" });

        var error = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<BlobServiceClient>());
        Assert.Contains("blobServiceUri", error.ToString(), StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddPipelineCore(configuration).BuildServiceProvider();
    }
}
