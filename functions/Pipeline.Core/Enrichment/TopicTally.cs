using System.Buffers;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Enrichment;

/// <summary>Cue counts and hit positions for one document, then scored, thresholded and rolled up to parents. Rents pooled arrays, so dispose it.</summary>
internal sealed class TopicTally(TopicTaxonomy taxonomy, List<TopicHit> hits, List<TopicCue> distinctCues) : IDisposable
{
    private readonly List<TopicHit> _hits = hits;
    private readonly List<TopicCue> _distinctCues = distinctCues;
    private int[] _cueCounts = Rent(taxonomy.CueCount);

    /// <summary>Records one cue phrase found at [start, start + length) of <paramref name="field"/>; hits arrive in document order.</summary>
    public void Add(TopicCue[] cues, FieldText field, int start, int length)
    {
        foreach (var cue in cues)
        {
            if (_cueCounts[cue.Cue]++ == 0)
            {
                _distinctCues.Add(cue);
            }
        }

        _hits.Add(new TopicHit(cues, field, start, length));
    }

    public IReadOnlyList<TopicTag> ToTags(SurfaceStrings surfaces)
    {
        if (_distinctCues.Count == 0)
        {
            return [];
        }

        var topics = taxonomy.Topics;
        var scoring = taxonomy.Scoring;
        Span<double> scores = stackalloc double[topics.Count];
        Span<int> distinct = stackalloc int[topics.Count];
        scores.Clear();
        distinct.Clear();
        foreach (var cue in _distinctCues)
        {
            scores[cue.Topic] += cue.Weight * (1 + Math.Log(_cueCounts[cue.Cue]));
            distinct[cue.Topic]++;
        }

        Span<bool> holding = stackalloc bool[topics.Count];
        for (var t = 0; t < topics.Count; t++)
        {
            holding[t] = (distinct[t] >= scoring.MinDistinctCues && scores[t] >= scoring.MinScore) || scores[t] >= scoring.StrongScore;
        }

        var tags = new List<TopicTag>();
        var generalOnly = new List<bool>();
        Span<bool> members = stackalloc bool[topics.Count];
        var evidence = new Evidence?[_hits.Count];
        for (var topic = 0; topic < topics.Count; topic++)
        {
            var entry = topics[topic];
            members.Clear();
            var hasChildren = false;
            var score = 0.0;
            foreach (var child in taxonomy.ChildrenOf(topic))
            {
                if (holding[child])
                {
                    members[child] = true;
                    hasChildren = true;
                    score += scores[child];
                }
            }

            if (!holding[topic] && !hasChildren)
            {
                continue;
            }

            // A parent held only through its children still shows its own cues as evidence, but its score counts only if it is top level.
            score += holding[topic] || entry.Parent is null ? scores[topic] : 0;
            members[topic] = true;
            tags.Add(new TopicTag(entry.Id, entry.Label, entry.Parent, Math.Round(score, 2), EvidenceOf(members, evidence, surfaces)));
            generalOnly.Add(entry.Parent is null && !hasChildren);
        }

        DropTrailingGeneralTopics(tags, generalOnly);

        tags.Sort(static (a, b) =>
        {
            var order = b.Score.CompareTo(a.Score);
            return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
        });
        return tags;
    }

    /// <summary>
    /// A top-level topic held only by its own general cues (president, government, hospital) is kept only if it leads the document:
    /// beside a stronger topic those words are background, and an editor files the story under the stronger one.
    /// </summary>
    private static void DropTrailingGeneralTopics(List<TopicTag> tags, List<bool> generalOnly)
    {
        var top = 0.0;
        foreach (var tag in tags)
        {
            top = Math.Max(top, tag.Score);
        }

        for (var t = tags.Count - 1; t >= 0; t--)
        {
            if (generalOnly[t] && tags[t].Score < top)
            {
                tags.RemoveAt(t);
            }
        }
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_cueCounts);
        _cueCounts = [];
    }

    // Hits are unique positions in document order, so walking them yields deduplicated, ordered evidence; counted first to size it exactly.
    private Evidence[] EvidenceOf(ReadOnlySpan<bool> members, Evidence?[] made, SurfaceStrings surfaces)
    {
        var count = 0;
        foreach (var hit in _hits)
        {
            count += IsMember(hit, members) ? 1 : 0;
        }

        var list = new Evidence[count];
        var e = 0;
        for (var h = 0; h < _hits.Count && e < count; h++)
        {
            var hit = _hits[h];
            if (IsMember(hit, members))
            {
                list[e++] = made[h] ??= new Evidence(surfaces.Get(hit.Field.Original(hit.Start, hit.Length)), hit.Field.Field, hit.Start, hit.Length);
            }
        }

        return list;
    }

    private static bool IsMember(TopicHit hit, ReadOnlySpan<bool> members)
    {
        foreach (var cue in hit.Cues)
        {
            if (members[cue.Topic])
            {
                return true;
            }
        }

        return false;
    }

    private static int[] Rent(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
        Array.Clear(array, 0, length);
        return array;
    }
}

/// <summary>Where one cue phrase was found, kept as a position until its topic holds and needs evidence.</summary>
internal readonly record struct TopicHit(TopicCue[] Cues, FieldText Field, int Start, int Length);
