using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Core.Storage;

/// <summary>
/// status/{id}.json: one record per source path saying what became of it; a failed record also leaves a marker under
/// status/failures/ so the dead letters can be listed newest first without reading every record.
/// </summary>
public sealed class StatusStore(PipelineContainers containers, TimeProvider clock)
{
    private static readonly BlobUploadOptions JsonUpload = new() { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } };

    public async Task<IngestionStatus?> GetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var content = await RecordBlob(id).DownloadContentAsync(cancellationToken);
            return PipelineJson.Deserialize<IngestionStatus>(content.Value.Content.ToStream());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public Task<IngestionStatus> SetAsync(
        string path, IngestionState state, string? etag, string? reason, int attempts, CancellationToken cancellationToken) =>
        PutAsync(Record(path, state, etag, reason, attempts), cancellationToken);

    /// <summary>A "pending" record; returns the record's own version (its blob's ETag) for <see cref="TrySetIndexedAsync"/>.</summary>
    public async Task<string> SetPendingAsync(string path, string etag, int attempts, CancellationToken cancellationToken) =>
        (await UploadAsync(Record(path, IngestionState.Pending, etag, null, attempts), null, cancellationToken)).ToString();

    /// <summary>
    /// Marks a file indexed only if its record is still the one written as <paramref name="version"/>: false, and nothing
    /// written, when anything has written the record since (a newer version, a failure, a retry of this request).
    /// </summary>
    public async Task<bool> TrySetIndexedAsync(string path, string etag, int attempts, string version, CancellationToken cancellationToken)
    {
        try
        {
            await UploadAsync(Record(path, IngestionState.Indexed, etag, null, attempts), new BlobRequestConditions { IfMatch = new ETag(version) }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task<IngestionStatus> PutAsync(IngestionStatus status, CancellationToken cancellationToken)
    {
        await UploadAsync(status, null, cancellationToken);
        if (status.State == IngestionState.Failed)
        {
            // Markers are never updated in place: one that no longer matches its record is dropped when failures are listed.
            await containers.Status.GetBlobClient(FailureKeys.For(status.Id, status.UpdatedAt)).UploadAsync(
                BinaryData.FromBytes(PipelineJson.SerializeToUtf8(status)), JsonUpload, cancellationToken);
        }

        return status;
    }

    private IngestionStatus Record(string path, IngestionState state, string? etag, string? reason, int attempts) =>
        new(path, DocumentIds.FromPath(path), state, reason, attempts, etag, clock.GetUtcNow());

    /// <summary>Writes status/{id}.json, under <paramref name="conditions"/> when given; returns the blob's new ETag.</summary>
    private async Task<ETag> UploadAsync(IngestionStatus status, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions { HttpHeaders = JsonUpload.HttpHeaders, Conditions = conditions };
        var written = await RecordBlob(status.Id).UploadAsync(BinaryData.FromBytes(PipelineJson.SerializeToUtf8(status)), options, cancellationToken);
        return written.Value.ETag;
    }

    private BlobClient RecordBlob(string id) => containers.Status.GetBlobClient(id + ".json");

    /// <summary>Files whose current state is failed, newest failure first, at most <paramref name="limit"/> of them.</summary>
    public async Task<FailurePage> ListFailuresAsync(int limit, string? continuation, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var failures = new List<IngestionStatus>(limit);
        var token = continuation;
        do
        {
            var pages = containers.Status.GetBlobsAsync(BlobTraits.None, BlobStates.None, FailureKeys.Prefix, cancellationToken)
                .AsPages(token, limit - failures.Count);
            await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
            if (!await enumerator.MoveNextAsync())
            {
                return new FailurePage(failures, null);
            }

            foreach (var item in enumerator.Current.Values)
            {
                if (await CurrentFailureAsync(item.Name, cancellationToken) is { } failure)
                {
                    failures.Add(failure);
                }
            }

            token = string.IsNullOrEmpty(enumerator.Current.ContinuationToken) ? null : enumerator.Current.ContinuationToken;
        }
        while (failures.Count < limit && token is not null);

        return new FailurePage(failures, token);
    }

    private async Task<IngestionStatus?> CurrentFailureAsync(string markerName, CancellationToken cancellationToken)
    {
        if (FailureKeys.Parse(markerName) is not var (id, failedAt))
        {
            return null;
        }

        var current = await GetAsync(id, cancellationToken);
        if (current is { State: IngestionState.Failed } && current.UpdatedAt.UtcTicks == failedAt.UtcTicks)
        {
            return current;
        }

        // The file was fixed, replaced, deleted or failed again later (a newer marker): this marker is stale.
        await containers.Status.GetBlobClient(markerName).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        return null;
    }
}
