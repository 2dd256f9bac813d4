using System.ComponentModel.DataAnnotations;

namespace Pipeline.Core.Configuration;

/// <summary>Blob containers and the queue the pipeline uses; bound from "Pipeline:Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Pipeline:Storage";

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string IncomingContainer { get; set; } = "incoming";

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string NormalizedContainer { get; set; } = "normalized";

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string StatusContainer { get; set; } = "status";

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string IndexQueue { get; set; } = "index-requests";
}
