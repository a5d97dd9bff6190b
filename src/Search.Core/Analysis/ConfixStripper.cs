namespace Search.Core.Analysis;

/// <summary>
/// Enhanced Confix Stripping (Arifin et al., 2009) guided by a root lexicon. Suffixes are removed
/// outermost first (particle, possessive, derivational) and each remainder is looked up; then up
/// to three prefixes are removed from the suffix-stripped word, and the suffixes are put back one
/// at a time (the loopback) and prefix removal is tried again. A candidate counts only when it is a
/// root of the lexicon. A root before -nya ends the search, as in ECS; otherwise every analysis is
/// tried and <see cref="RootCandidates"/> chooses, preferring roots the dictionary's flags confirm.
/// </summary>
internal sealed class ConfixStripper(RootLexicon lexicon)
{
    private const int MaxPrefixes = 3;
    private const int MinRootLength = 3;
    private const int MinUnconfirmedPossessiveRoot = 5;

    /// <summary>The root of a lower-case word that is not itself a root, or null.</summary>
    public string? FindRoot(ReadOnlySpan<char> word)
    {
        var withoutParticle = SuffixRules.WithoutParticle(word);
        var withoutPossessive = SuffixRules.WithoutPossessive(word[..withoutParticle]);
        var suffix = SuffixRules.Derivational(word[..withoutPossessive]);
        var withoutSuffixes = withoutPossessive - SuffixRules.Length(suffix);
        var found = default(RootCandidates);

        if (withoutParticle < word.Length)
        {
            AddSuffixOnly(word[..withoutParticle], Affixes.Particle, ref found);
        }

        if (withoutPossessive < withoutParticle && IsRoot(word[..withoutPossessive]))
        {
            // -nya attaches to any noun: a root before it is the answer (sekitarnya → sekitar, not
            // kitar). -ku and -mu are rarer than names ending in them (maluku): they need the flags.
            if (withoutParticle - withoutPossessive == SuffixRules.NyaLength)
            {
                return new string(word[..withoutPossessive]);
            }

            AddSuffixOnly(word[..withoutPossessive], Affixes.Possessive, ref found);
        }

        if (suffix != DerivationalSuffix.None)
        {
            AddSuffixOnly(word[..withoutSuffixes], SuffixRules.Flag(suffix), ref found);
            StripPrefixes(word[..withoutSuffixes], suffix, ref found);
        }

        if (suffix == DerivationalSuffix.Kan)
        {
            AddSuffixOnly(word[..(withoutSuffixes + 1)], Affixes.SuffixAn, ref found);
            StripPrefixes(word[..(withoutSuffixes + 1)], DerivationalSuffix.An, ref found);
        }

        StripPrefixes(word[..withoutPossessive], DerivationalSuffix.None, ref found);
        if (withoutPossessive < withoutParticle)
        {
            StripPrefixes(word[..withoutParticle], DerivationalSuffix.None, ref found);
        }

        if (withoutParticle < word.Length)
        {
            StripPrefixes(word, DerivationalSuffix.None, ref found);
        }

        return found.Best;
    }

    /// <summary>
    /// The word without a particle, -ku/-mu or a derivational suffix alone (makanan → makan);
    /// confirmed when the root's flags list the suffix. A bare -i must be confirmed, and -ku or -mu
    /// after a root shorter than five letters: names end in them more often than roots take them
    /// (bekasi, maluku; but mobilmu → mobil).
    /// </summary>
    private void AddSuffixOnly(ReadOnlySpan<char> stem, Affixes suffix, ref RootCandidates found)
    {
        if (stem.Length < MinRootLength || !lexicon.TryGetAffixes(stem, out var affixes))
        {
            return;
        }

        var confirmed = (affixes & suffix) != 0;
        var mayGoUnconfirmed = suffix switch
        {
            Affixes.SuffixI => false,
            Affixes.Possessive => stem.Length >= MinUnconfirmedPossessiveRoot,
            _ => true,
        };
        if (confirmed || mayGoUnconfirmed)
        {
            found.Add(stem, confirmed, affixes);
        }
    }

    private bool IsRoot(ReadOnlySpan<char> candidate) =>
        candidate.Length >= MinRootLength && lexicon.Contains(candidate);

    private void StripPrefixes(ReadOnlySpan<char> word, DerivationalSuffix suffix, ref RootCandidates found) =>
        StripPrefixes(word, suffix, depth: 0, outer: Affixes.None, removed: Affixes.None, ref found);

    /// <summary>Depth-first over the prefix cuts; <paramref name="outer"/> confirms the outermost cut.</summary>
    private void StripPrefixes(
        ReadOnlySpan<char> word,
        DerivationalSuffix suffix,
        int depth,
        Affixes outer,
        Affixes removed,
        ref RootCandidates found)
    {
        Span<PrefixCut> cuts = stackalloc PrefixCut[PrefixRules.MaxCuts];
        Span<char> buffer = stackalloc char[word.Length + 1];
        var count = PrefixRules.Expand(word, cuts);
        for (var i = 0; i < count; i++)
        {
            var cut = cuts[i];
            if (!MayRemove(cut.Family, depth, removed, suffix))
            {
                continue;
            }

            var confirmation = depth == 0 ? cut.Confirmation : outer;
            var rest = cut.Apply(word, buffer);
            if (rest.Length < MinRootLength)
            {
                continue;
            }

            // A root found is not stripped further: the dictionary lists lexicalised derivations
            // (berlaku, sebelah, setara) as roots, and memberlakukan belongs with berlaku, not laku.
            if (lexicon.TryGetAffixes(rest, out var affixes))
            {
                AddPrefixed(rest, affixes, confirmation, suffix, ref found);
            }
            else if (depth + 1 < MaxPrefixes)
            {
                StripPrefixes(rest, suffix, depth + 1, confirmation, removed | cut.Family, ref found);
            }
        }
    }

    /// <summary>
    /// A prefix is not removed twice; di- and meN- only stand outermost; the outermost prefix must
    /// form an allowed confix with the derivational suffix.
    /// </summary>
    private static bool MayRemove(Affixes family, int depth, Affixes removed, DerivationalSuffix suffix)
    {
        if ((removed & family) != 0)
        {
            return false;
        }

        return depth == 0
            ? !SuffixRules.IsDisallowedConfix(family, suffix)
            : family is not (Affixes.Di or Affixes.Me);
    }

    /// <summary>
    /// A lone ke- (not the ke-…-an confix) forms ordinals and a few nouns only (kedua, kekasih),
    /// so it needs the dictionary's confirmation; otherwise kejagung would become jagung.
    /// </summary>
    private static void AddPrefixed(ReadOnlySpan<char> root, Affixes affixes, Affixes outer, DerivationalSuffix suffix, ref RootCandidates found)
    {
        var confirmed = (affixes & outer) != 0;
        if (outer != Affixes.Ke || suffix == DerivationalSuffix.An || confirmed)
        {
            found.Add(root, confirmed, affixes);
        }
    }
}
