namespace Search.Core.Metadata;

/// <summary>The built-in short forms (<c>Lexicon/PersonAliases.txt</c>) with the configured ones over them: alias → canonical name.</summary>
internal static class PersonAliasTable
{
    public static Dictionary<string, string> Of(MetadataLexicon lexicon, EntityExtractionOptions options)
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, canonical) in lexicon.PersonAliases.Aliases())
        {
            table[alias] = canonical;
        }

        foreach (var (canonical, aliases) in options.PersonAliases)
        {
            foreach (var alias in aliases)
            {
                table[alias] = canonical;
            }
        }

        return table;
    }
}
