using Pipeline.Core.Documents;

namespace Pipeline.Core.Normalization;

/// <summary>
/// Reads plain text. The title is the first non-empty line, split from a run-in subtitle when there is one
/// (<see cref="TitleSubtitleSplitter"/>); the body is everything after it.
/// </summary>
/// <remarks>
/// Header convention: a text file may start with a block of <c>Key: value</c> lines ended by a blank line, using only the keys
/// <c>Title</c>, <c>Subtitle</c>, <c>Published</c> or <c>Date</c>, and <c>Language</c> (case-insensitive), for example
/// <code>
/// Title: Talks in Cairo end without deal
/// Published: 2025-01-05
/// Language: en
///
/// Negotiators left Cairo on Sunday...
/// </code>
/// The block is metadata, not body text. A date that cannot be parsed is ignored. Any other key means there is no header block.
/// </remarks>
public static class PlainTextReader
{
    private static readonly HashSet<string> HeaderKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "subtitle", "published", "date", "language",
    };

    public static ExtractedDocument Read(string text)
    {
        var lines = TextCleaner.Clean(text).Split('\n');
        var header = ReadHeader(lines, out var bodyStart);
        var headerTitle = MetadataLines.First(header, "title");

        string title;
        string? subtitle = MetadataLines.First(header, "subtitle");
        string body;
        if (headerTitle is not null || bodyStart >= lines.Length)
        {
            title = headerTitle ?? string.Empty;
            body = string.Join('\n', lines.Skip(bodyStart));
        }
        else
        {
            body = string.Join('\n', lines.Skip(bodyStart + 1));
            (title, var runIn) = subtitle is null ? TitleSubtitleSplitter.Split(lines[bodyStart], body) : (lines[bodyStart], null);
            subtitle ??= runIn;
        }

        return new ExtractedDocument(
            DocumentFormats.Text,
            title,
            subtitle,
            body,
            PublishedDateParser.Parse(MetadataLines.First(header, "published", "date")),
            MetadataLines.First(header, "language"));
    }

    private static Dictionary<string, string> ReadHeader(string[] lines, out int bodyStart)
    {
        var blank = Array.IndexOf(lines, string.Empty);
        var candidate = blank > 0 ? lines[..blank] : [];
        var isHeader = candidate.Length > 0
            && candidate.All(line => MetadataLines.TrySplit(line, out var key, out _) && HeaderKeys.Contains(key));
        bodyStart = isHeader ? blank + 1 : 0;
        return isHeader ? MetadataLines.Parse(candidate) : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    }
}
