namespace Pipeline.Core.Storage;

public enum IngestionState
{
    Pending,
    Indexed,
    Failed,
    Deleted,
}
