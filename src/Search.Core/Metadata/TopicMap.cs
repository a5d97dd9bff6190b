using System.Text.Json;

namespace Search.Core.Metadata;

/// <summary>
/// The canonical topics and the per-source meaning of every section label, read from the embedded
/// <c>TopicMap.json</c>. Labels match without regard to case or surrounding spaces; a source not
/// listed falls back to the generic table of common labels.
/// </summary>
internal sealed class TopicMap
{
    private readonly Dictionary<string, Dictionary<string, (TopicRule Rule, Dictionary<string, TopicRule> Sub)>> sources;

    private readonly Dictionary<string, string> generic;

    private TopicMap(
        List<TopicDefinition> topics,
        Dictionary<string, Dictionary<string, (TopicRule, Dictionary<string, TopicRule>)>> sources,
        Dictionary<string, string> generic)
    {
        Topics = topics;
        this.sources = sources;
        this.generic = generic;
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    public static TopicMap Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var topics = root.GetProperty("topics").EnumerateArray()
            .Select(t => new TopicDefinition(t.GetProperty("id").GetString()!, t.GetProperty("label").GetString()!, t.GetProperty("about").GetString()!))
            .ToList();
        var known = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var generic = root.GetProperty("generic").EnumerateObject()
            .ToDictionary(p => Normalise(p.Name), p => Checked(p.Value.GetString()!, known), StringComparer.Ordinal);
        var sources = new Dictionary<string, Dictionary<string, (TopicRule, Dictionary<string, TopicRule>)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in root.GetProperty("sources").EnumerateObject())
        {
            var labels = new Dictionary<string, (TopicRule, Dictionary<string, TopicRule>)>(StringComparer.Ordinal);
            foreach (var label in source.Value.EnumerateObject())
            {
                var sub = new Dictionary<string, TopicRule>(StringComparer.Ordinal);
                if (label.Value.ValueKind == JsonValueKind.Object && label.Value.TryGetProperty("sub", out var subs))
                {
                    foreach (var entry in subs.EnumerateObject())
                    {
                        sub[Normalise(entry.Name)] = Rule(entry.Value, known);
                    }
                }

                labels[Normalise(label.Name)] = (Rule(label.Value, known), sub);
            }

            sources[source.Name.Trim()] = labels;
        }

        return new TopicMap(topics, sources, generic);
    }

    /// <summary>The rule for a label, the sub-section's if it has one; null when the label is missing or unknown.</summary>
    public TopicRule? Lookup(string source, string? category, string? subcategory)
    {
        if (string.IsNullOrWhiteSpace(category))
        {
            return null;
        }

        if (sources.TryGetValue(source.Trim(), out var labels) && labels.TryGetValue(Normalise(category), out var entry))
        {
            return subcategory is not null && entry.Sub.TryGetValue(Normalise(subcategory), out var sub) ? sub : entry.Rule;
        }

        return generic.TryGetValue(Normalise(category), out var topic) ? new TopicRule(topic, []) : null;
    }

    /// <summary>Whether the source's own table lists the label (the generic table does not count).</summary>
    public bool ListsLabel(string source, string category, string? subcategory) =>
        sources.TryGetValue(source.Trim(), out var labels) && labels.TryGetValue(Normalise(category), out var entry)
        && (subcategory is null || entry.Sub.Count == 0 || entry.Sub.ContainsKey(Normalise(subcategory)));

    private static TopicRule Rule(JsonElement value, HashSet<string> known)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return new TopicRule(Checked(value.GetString()!, known), []);
        }

        var refine = value.TryGetProperty("refine", out var list)
            ? list.EnumerateArray().Select(t => Checked(t.GetString()!, known)).ToList()
            : [];
        return new TopicRule(Checked(value.GetProperty("topic").GetString()!, known), refine);
    }

    private static string Checked(string topic, HashSet<string> known) =>
        known.Contains(topic) ? topic : throw new InvalidDataException($"TopicMap.json names an unknown topic '{topic}'.");

    private static string Normalise(string label) => string.Join(' ', label.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
