using System.Numerics;

namespace Search.Core.Analysis;

/// <summary>
/// The roots found for one word, in the order the analyses were tried. A root the dictionary's
/// flags confirm for the affixes removed beats any other. Among confirmed roots the most
/// productive one wins, the one the dictionary lists with the most kinds of affixes (mengundang →
/// undang, not kundang; beragam → ragam, not agam), then the longer, then the earlier. Among
/// unconfirmed roots the longest wins, the analysis that removes least (gerakan → gerak, not gera);
/// it needs at least four letters, as short unconfirmed roots are mostly chance matches (laman → lam).
/// </summary>
internal struct RootCandidates
{
    private const int MinUnconfirmedLength = 4;

    private string? _confirmed;
    private (int Affixes, int Length) _confirmedRank;
    private string? _unconfirmed;

    public readonly string? Best => _confirmed ?? _unconfirmed;

    /// <param name="root">A root of the lexicon.</param>
    /// <param name="confirmed">Whether the root's flags list the affixes removed.</param>
    /// <param name="affixes">Every affix the root's flags list.</param>
    public void Add(ReadOnlySpan<char> root, bool confirmed, Affixes affixes)
    {
        if (confirmed)
        {
            var rank = (BitOperations.PopCount((uint)affixes), root.Length);
            if (_confirmed is null || rank.CompareTo(_confirmedRank) > 0)
            {
                (_confirmed, _confirmedRank) = (new string(root), rank);
            }
        }
        else if (root.Length >= MinUnconfirmedLength && (_unconfirmed is null || root.Length > _unconfirmed.Length))
        {
            _unconfirmed = new string(root);
        }
    }
}
