namespace Search.Core.Suggest;

/// <summary>Word-prefix matching of folded text.</summary>
internal static class PrefixMatch
{
    /// <summary>Whether every prefix starts at least one of the words.</summary>
    public static bool All(string[] words, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (!Any(words, prefix))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Any(string[] words, string prefix)
    {
        foreach (var word in words)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
