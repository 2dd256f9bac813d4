using Microsoft.Extensions.Hosting;

namespace Pipeline.Core.Storage;

/// <summary>Creates the pipeline's containers at start-up so no stage has to race to create them.</summary>
public sealed class StorageInitializer(PipelineContainers containers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => containers.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
