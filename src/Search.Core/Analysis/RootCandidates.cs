namespace Search.Core.Analysis;

/// <summary>
/// The roots found for one word, in the order the analyses were tried. A root the dictionary's
/// flags confirm for the affixes removed beats any other. Among equals the longest wins, the
/// earlier on a tie: the analysis that removes least (beragam → ragam, not agam; gerakan → gerak,
/// not gera). An unconfirmed root needs at least four letters: short unconfirmed roots are
/// mostly chance matches (bali → bal, laman → lam).
/// </summary>
internal struct RootCandidates
{
    private const int MinUnconfirmedLength = 4;

    private string? _confirmed;
    private string? _unconfirmed;

    public readonly string? Best => _confirmed ?? _unconfirmed;

    public void Add(ReadOnlySpan<char> root, bool confirmed)
    {
        if (confirmed)
        {
            if (_confirmed is null || root.Length > _confirmed.Length)
            {
                _confirmed = new string(root);
            }
        }
        else if (root.Length >= MinUnconfirmedLength && (_unconfirmed is null || root.Length > _unconfirmed.Length))
        {
            _unconfirmed = new string(root);
        }
    }
}
