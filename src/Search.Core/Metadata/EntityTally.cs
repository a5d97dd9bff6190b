namespace Search.Core.Metadata;

/// <summary>
/// Counts the organisations or places of one article. A name followed by an acronym in brackets
/// ("Organisasi untuk Keamanan dan Kerja Sama di Eropa (OSCE)", "Amerika Serikat (AS)") and the
/// lexicon's own lists of names make one entity; an organisation is shown by its acronym, a place
/// by its full name.
/// </summary>
internal static class EntityTally
{
    public static List<ExtractedEntity> Count(
        IReadOnlyList<(string Text, List<EntityMention> Mentions)> parts, EntityKind kind, PhraseSet lexicon)
    {
        var defined = Definitions(parts, kind);
        var groups = new Dictionary<string, List<(string Surface, string? Canonical)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (_, mentions) in parts)
        {
            foreach (var mention in mentions.Where(m => m.Kind == kind))
            {
                var canonical = defined.GetValueOrDefault(mention.Text) ?? lexicon.CanonicalOf(mention.Text);
                var key = NameNormalizer.Fold(canonical ?? mention.Text);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                    order.Add(key);
                }

                list.Add((mention.Text, canonical));
            }
        }

        return order
            .Select(key => ToEntity(groups[key]))
            .OrderByDescending(e => e.Mentions)
            .ToList();
    }

    private static ExtractedEntity ToEntity(List<(string Surface, string? Canonical)> mentions)
    {
        var name = mentions.Select(m => m.Canonical).FirstOrDefault(c => c is not null)
            ?? mentions.GroupBy(m => m.Surface, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
        var aliases = mentions.Select(m => m.Surface).Where(s => s != name).Distinct(StringComparer.Ordinal).ToList();
        return new ExtractedEntity(name, aliases, mentions.Count);
    }

    /// <summary>"Long Name (ACR)" pairs of this kind: each name mapped to the canonical one.</summary>
    private static Dictionary<string, string> Definitions(IReadOnlyList<(string Text, List<EntityMention> Mentions)> parts, EntityKind kind)
    {
        var defined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (text, mentions) in parts)
        {
            var ofKind = mentions.Where(m => m.Kind == kind).OrderBy(m => m.Start).ToList();
            for (var i = 0; i + 1 < ofKind.Count; i++)
            {
                var (full, acronym) = (ofKind[i], ofKind[i + 1]);
                var between = text.AsSpan()[(full.Start + full.Length)..acronym.Start];
                var closes = acronym.Start + acronym.Length < text.Length && text[acronym.Start + acronym.Length] == ')';
                if (between.Trim() is "(" && closes && NameWords.IsAcronym(new TextToken(acronym.Text, 0, true, false, false)))
                {
                    var canonical = kind == EntityKind.Place ? full.Text : acronym.Text;
                    defined.TryAdd(full.Text, canonical);
                    defined.TryAdd(acronym.Text, canonical);
                }
            }
        }

        return defined;
    }
}
