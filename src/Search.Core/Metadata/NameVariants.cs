namespace Search.Core.Metadata;

/// <summary>
/// Learned names that are one person written with more or fewer of the words between the first and the last,
/// or with a word cut to its initial: "Anies Baswedan" and "Anies Rasyid Baswedan", "Laode Syarif", "Laode M
/// Syarif" and "Laode Muhammad Syarif", "Bambang Brodjonegoro" and "Bambang PS Brodjonegoro". Names sharing
/// their first and last word are grouped; a group folds only when every two of its names are such variants of
/// each other ("M Nasir", "Muhammad Nasir" and "Mohamad Nasir" do not: Muhammad is no variant of Mohamad), and
/// then into the name cued most, if that is cued at least <see cref="ShortNameForms.MinFullNameCues"/> times:
/// the form the press writes is what the facet shows. "Agus Susanto" (cued 3 times) and "Agus Dwi Susanto" stay
/// apart: common names written both ways may be two people, and a name cued that seldom says too little.
/// </summary>
internal static class NameVariants
{
    /// <summary>For each name that folds, the name it folds into.</summary>
    public static Dictionary<KnownPerson, KnownPerson> Find(IReadOnlyList<(KnownPerson Person, string[] Words)> named)
    {
        var folds = new Dictionary<KnownPerson, KnownPerson>();
        var groups = named.Where(n => n.Words.Length > 1)
            .GroupBy(n => (n.Words[0], n.Words[^1]))
            .Where(g => g.Skip(1).Any());
        foreach (var group in groups)
        {
            var members = group.ToList();
            if (!AllVariants(members))
            {
                continue;
            }

            var top = members.OrderByDescending(m => m.Person.CuedMentions).ThenByDescending(m => m.Words.Length).First().Person;
            if (top.CuedMentions < ShortNameForms.MinFullNameCues)
            {
                continue;
            }

            foreach (var (person, _) in members.Where(m => m.Person != top))
            {
                folds[person] = top;
            }
        }

        return folds;
    }

    private static bool AllVariants(List<(KnownPerson Person, string[] Words)> members)
    {
        for (var a = 0; a < members.Count; a++)
        {
            for (var b = a + 1; b < members.Count; b++)
            {
                if (!AreVariants(members[a].Words, members[b].Words))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The words of the shorter name, in order, are words of the longer one or their initials; the first and the
    /// last are the same (the caller groups by them).
    /// </summary>
    internal static bool AreVariants(string[] one, string[] other)
    {
        var (shorter, longer) = one.Length <= other.Length ? (one, other) : (other, one);
        var j = 0;
        for (var i = 0; i < shorter.Length; i++)
        {
            while (j < longer.Length && !Stands(shorter[i], longer[j]))
            {
                j++;
            }

            if (j == longer.Length)
            {
                return false;
            }

            j++;
        }

        return true;
    }

    /// <summary>The same word, or one is the other's initial ("m" for "muhammad").</summary>
    private static bool Stands(string word, string other) =>
        word == other
        || (word.Length == 1 && other.Length > 1 && other[0] == word[0])
        || (other.Length == 1 && word.Length > 1 && word[0] == other[0]);
}
