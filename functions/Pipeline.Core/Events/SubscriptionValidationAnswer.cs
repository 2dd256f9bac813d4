namespace Pipeline.Core.Events;

/// <summary>The body Event Grid expects back from a webhook during the subscription handshake.</summary>
public sealed record SubscriptionValidationAnswer(string ValidationResponse);
