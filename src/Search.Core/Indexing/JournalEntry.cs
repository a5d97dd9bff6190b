using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>One line of the <see cref="LiveWriteJournal"/>: an article upserted, or the id of one deleted.</summary>
public sealed record JournalEntry(Article? Article, string? Delete)
{
    public static JournalEntry Upserted(Article article) => new(article, null);

    public static JournalEntry Deleted(string id) => new(null, id);
}
