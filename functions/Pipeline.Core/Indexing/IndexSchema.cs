using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Indexing;

/// <summary>The one description of the Lucene index that both the indexer and the searcher use.</summary>
public static class IndexSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Id = "id";
    public const string IdSort = "id_sort";
    public const string Title = "title";
    public const string Subtitle = "subtitle";
    public const string Body = "body";
    public const string Country = "country";
    public const string Topic = "topic";
    public const string CountryFacet = "facet_country";
    public const string TopicFacet = "facet_topic";
    public const string PublishedSort = "published_sort";
    public const string PublishedDay = "published_day";

    /// <summary>The published date as millisecond trie terms, as indexes written before the day field hold it; read only.</summary>
    public const string LegacyPublished = "published";

    /// <summary>Four terms a date (days fit in 32 bits): a range of years reads a few hundred terms at most.</summary>
    public const int PublishedDayPrecisionStep = 8;

    public const string Meta = "meta";

    private const long MillisecondsPerDay = 86_400_000;

    /// <summary>BM25 at index and search time alike.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Fields a free-text query searches, with their weights.</summary>
    public static IReadOnlyDictionary<string, float> TextFieldBoosts { get; } = new Dictionary<string, float>
    {
        [Title] = 3f,
        [Subtitle] = 2f,
        [Body] = 1f,
    };

    /// <summary>A hit's stored body: UTF-8 bytes, or a string in segments written before the body was stored that way.</summary>
    public static string StoredBody(Document stored) =>
        stored.GetBinaryValue(Body) is { } utf8 ? Encoding.UTF8.GetString(utf8.Bytes, utf8.Offset, utf8.Length) : stored.Get(Body) ?? string.Empty;

    /// <summary>The day (since 1970-01-01 UTC, negative before) that a Unix time in milliseconds falls on.</summary>
    public static int DayOf(long milliseconds) =>
        (int)Math.Clamp(Math.Floor(milliseconds / (double)MillisecondsPerDay), int.MinValue, int.MaxValue);

    public static Document ToLuceneDocument(NormalizedDocument document) => ToLuceneDocument(document, new KeywordFields());

    /// <summary>The document, it and its fields taken from <paramref name="keywords"/> (valid until their next use).</summary>
    public static Document ToLuceneDocument(NormalizedDocument document, KeywordFields keywords)
    {
        keywords.Reset();
        var meta = HitMetadata.Of(document);
        var result = keywords.Document;
        result.Add(keywords.Keyword(Id, document.Id, Field.Store.YES));
        result.Add(keywords.Sorted(IdSort, document.Id));
        result.Add(keywords.Text(Title, document.Title, Field.Store.YES));
        result.Add(keywords.Text(Subtitle, document.Subtitle ?? string.Empty, Field.Store.YES));
        result.Add(keywords.Text(Body, document.Body, Field.Store.NO));
        result.Add(keywords.StoredUtf8(Body, document.Body));
        foreach (var code in meta.Countries)
        {
            result.Add(keywords.Keyword(Country, code, Field.Store.NO));
            result.Add(keywords.SortedSet(CountryFacet, code));
        }

        foreach (var topic in meta.Topics)
        {
            result.Add(keywords.Keyword(Topic, topic, Field.Store.NO));
            result.Add(keywords.SortedSet(TopicFacet, topic));
        }

        if (document.Published is { } published)
        {
            // The day as terms, the exact time as doc values: millisecond trie terms were 16 terms a document, most of them
            // unique, and a quarter of the build; ranges find days by term and check the first and last day's times (PublishedRangeFilter).
            var ms = published.ToUnixTimeMilliseconds();
            result.Add(keywords.Day(PublishedDay, DayOf(ms)));
            result.Add(keywords.Numeric(PublishedSort, ms));
        }

        result.Add(keywords.Stored(Meta, StoredHitMetadata.Write(meta)));
        return result;
    }
}
