using Azure;

namespace Pipeline.Core.Ingestion;

/// <summary>Tells storage errors worth retrying (timeouts, throttling, server errors, lost connections) from permanent ones.</summary>
public static class TransientErrors
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        RequestFailedException e => e.Status is 0 or 408 or 429 or >= 500,
        HttpRequestException or IOException or TimeoutException => true,
        AggregateException e => e.InnerExceptions.All(IsTransient),
        _ => false,
    };
}
