namespace Pipeline.Core.Ingestion;

public enum ReindexState
{
    Running,
    Completed,
    Failed,
}
