using System.ComponentModel.DataAnnotations;

namespace Pipeline.Core.Configuration;

/// <summary>Limits and defaults for search requests; bound from "Pipeline:Search".</summary>
public sealed class SearchOptions
{
    public const string Section = "Pipeline:Search";

    [Range(1, 1_000)]
    public int DefaultPageSize { get; set; } = 10;

    [Range(1, 1_000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Deepest result reachable by paging (page * pageSize).</summary>
    [Range(100, 1_000_000)]
    public int MaxResultWindow { get; set; } = 10_000;

    [Range(1, 10_000)]
    public int MaxQueryLength { get; set; } = 1_000;

    /// <summary>Most leaf clauses a parsed query may have (country-name expansion counts).</summary>
    [Range(1, 1_024)]
    public int MaxClauses { get; set; } = 64;

    [Range(1, 1_000)]
    public int DefaultFacetSize { get; set; } = 20;

    [Range(1, 1_000)]
    public int MaxFacetSize { get; set; } = 300;

    [Range(50, 2_000)]
    public int SnippetLength { get; set; } = 220;

    /// <summary>Memory for whole responses of the current index snapshot, like Solr's queryResultCache; 0 turns it off.</summary>
    [Range(0, 4_096)]
    public int ResultCacheMegabytes { get; set; } = 32;

    /// <summary>Memory for dense copies of frequent terms' postings per segment, like Lucene's query cache; 0 reads them each time.</summary>
    [Range(0, 4_096)]
    public int TermCacheMegabytes { get; set; } = 64;

    /// <summary>Terms in at least this many documents of a segment are cached dense (a byte per document); others as lists.</summary>
    [Range(1, int.MaxValue)]
    public int TermCacheDenseDocFreq { get; set; } = 1_024;
}
