namespace Pipeline.Core.Ingestion;

public enum IndexOperation
{
    Upsert,
    Delete,
}
