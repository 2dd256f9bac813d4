namespace Pipeline.Core.Documents;

/// <summary>A file that can never be processed as it is; the message is the reason shown to users. Not retried.</summary>
public sealed class UnprocessableDocumentException : Exception
{
    public UnprocessableDocumentException()
    {
    }

    public UnprocessableDocumentException(string message)
        : base(message)
    {
    }

    public UnprocessableDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
