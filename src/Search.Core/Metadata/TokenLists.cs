namespace Search.Core.Metadata;

/// <summary>
/// Token lists one thread lends out and takes back together: entity extraction reads an article's lines, keeps
/// their tokens until it has read them all, and then needs none of them, so the next article can tokenize into
/// the same lists instead of allocating about 20 KB of tokens again. Not for tokens that outlive the caller's work.
/// </summary>
internal sealed class TokenLists
{
    [ThreadStatic]
    private static TokenLists? current;

    private readonly List<List<TextToken>> lists = [];

    private int lent;

    /// <summary>The lists of the calling thread.</summary>
    public static TokenLists Current => current ??= new TokenLists();

    /// <summary>Lists lent and not yet taken back.</summary>
    public int Lent => lent;

    /// <summary>An empty list, valid until <see cref="TakeBackAll"/>.</summary>
    public List<TextToken> Rent()
    {
        if (lent == lists.Count)
        {
            lists.Add(new List<TextToken>(64));
        }

        var list = lists[lent++];
        list.Clear();
        return list;
    }

    /// <summary>Takes back every list lent: the tokens in them are no longer to be read.</summary>
    public void TakeBackAll() => lent = 0;
}
