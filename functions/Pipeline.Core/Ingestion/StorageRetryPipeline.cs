using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Pipeline.Core.Ingestion;

/// <summary>Retries transient storage errors with exponential backoff and jitter (Polly); permanent errors pass straight through.</summary>
public sealed class StorageRetryPipeline
{
    public StorageRetryPipeline(IOptions<IngestionOptions> options, ILogger<StorageRetryPipeline> logger)
    {
        var settings = options.Value;
        Attempts = settings.StorageRetries + 1;
        Pipeline = settings.StorageRetries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder()
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<Exception>(TransientErrors.IsTransient),
                    MaxRetryAttempts = settings.StorageRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(settings.RetryDelayMs),
                    OnRetry = retry =>
                    {
                        logger.LogWarning(retry.Outcome.Exception, "Transient storage error; retry {Attempt} in {DelayMs} ms", retry.AttemptNumber + 1, retry.RetryDelay.TotalMilliseconds);
                        return ValueTask.CompletedTask;
                    },
                })
                .Build();
    }

    public ResiliencePipeline Pipeline { get; }

    /// <summary>Tries in all, the first included.</summary>
    public int Attempts { get; }
}
