using System.Text.Json;
using Azure.Messaging.EventGrid;
using Azure.Messaging.EventGrid.SystemEvents;
using Azure.Storage.Blobs;

namespace Pipeline.Core.Events;

/// <summary>Reads an Event Grid schema delivery into the handshake code and the incoming blobs it reports deleted.</summary>
public static class BlobEventReader
{
    private const string SubjectPrefix = "/blobServices/default/containers/";

    /// <exception cref="FormatException">The body is not a valid Event Grid schema delivery.</exception>
    public static BlobEventBatch Read(BinaryData body, string incomingContainer)
    {
        var events = Parse(body);
        var deleted = new List<string>();
        var ignored = 0;
        foreach (var item in events)
        {
            if (item.EventType == SystemEventNames.EventGridSubscriptionValidation)
            {
                var validation = SystemData<SubscriptionValidationEventData>(item);
                return new BlobEventBatch(
                    validation.ValidationCode ?? throw new FormatException($"Event '{item.Id}' is a subscription validation without a validationCode."),
                    [],
                    0);
            }

            if (item.EventType != SystemEventNames.StorageBlobDeleted)
            {
                ignored++;
                continue;
            }

            var (container, name) = BlobOf(item, SystemData<StorageBlobDeletedEventData>(item));
            if (container == incomingContainer)
            {
                deleted.Add(name);
            }
            else
            {
                ignored++;
            }
        }

        return new BlobEventBatch(null, deleted, ignored);
    }

    private static EventGridEvent[] Parse(BinaryData body)
    {
        try
        {
            return EventGridEvent.ParseMany(body);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"The body is not an Event Grid schema event array: {e.Message}", e);
        }
    }

    private static T SystemData<T>(EventGridEvent item)
        where T : class
    {
        try
        {
            return item.TryGetSystemEventData(out var data) && data is T typed
                ? typed
                : throw new FormatException($"Event '{item.Id}' of type {item.EventType} has no readable data.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"Event '{item.Id}' of type {item.EventType} has unreadable data: {e.Message}", e);
        }
    }

    /// <summary>The container and unescaped blob name, from data.url (percent-encoded, so exact) or else the subject.</summary>
    private static (string Container, string Name) BlobOf(EventGridEvent item, StorageBlobDeletedEventData data)
    {
        if (!string.IsNullOrEmpty(data.Url))
        {
            if (!Uri.TryCreate(data.Url, UriKind.Absolute, out var url))
            {
                throw new FormatException($"Event '{item.Id}' has a data.url that is not an absolute URL: '{data.Url}'.");
            }

            // BlobUriBuilder knows both Azure's host-style and the emulator's path-style URLs, and unescapes the name.
            var blob = new BlobUriBuilder(url);
            return string.IsNullOrEmpty(blob.BlobContainerName) || string.IsNullOrEmpty(blob.BlobName)
                ? throw new FormatException($"Event '{item.Id}' has a data.url that names no blob: '{data.Url}'.")
                : (blob.BlobContainerName, blob.BlobName);
        }

        var subject = item.Subject ?? string.Empty;
        var separator = subject.IndexOf("/blobs/", StringComparison.Ordinal);
        if (!subject.StartsWith(SubjectPrefix, StringComparison.Ordinal) || separator < SubjectPrefix.Length + 1
            || separator + "/blobs/".Length == subject.Length)
        {
            throw new FormatException(
                $"Event '{item.Id}' has neither a data.url nor a subject of the form {SubjectPrefix}{{container}}/blobs/{{name}}: '{subject}'.");
        }

        return (subject[SubjectPrefix.Length..separator], Uri.UnescapeDataString(subject[(separator + "/blobs/".Length)..]));
    }
}
