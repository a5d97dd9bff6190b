using Lucene.Net.Index;
using Search.Core.Searching;

namespace Search.Core.Suggest;

/// <summary>
/// Completes what is typed in the search box from the index: headlines, persons and topics
/// (<see cref="CompletionCatalog"/>). The catalog is rebuilt once per searcher generation, on the
/// first request that sees the new generation; unchanged segments are not reread. Register as a singleton.
/// </summary>
public sealed class Autocomplete(SearchIndex index)
{
    /// <summary>Most suggestions of each kind a request may ask for.</summary>
    public const int MaxSize = 20;

    private readonly System.Threading.Lock gate = new();
    private volatile Generation? current;

    /// <summary>Up to <paramref name="size"/> completions of each kind for the typed text.</summary>
    public Completions Complete(string? text, int size)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Completions.None;
        }

        return index.Use(searcher => CatalogOf(searcher).Complete(text, Math.Clamp(size, 1, MaxSize)));
    }

    private CompletionCatalog CatalogOf(Lucene.Net.Search.IndexSearcher searcher)
    {
        if (current is { } known && ReferenceEquals(known.Reader, searcher.IndexReader))
        {
            return known.Catalog;
        }

        lock (gate)
        {
            if (current is { } built && ReferenceEquals(built.Reader, searcher.IndexReader))
            {
                return built.Catalog;
            }

            var catalog = CompletionCatalog.Build(searcher);
            current = new Generation(searcher.IndexReader, catalog);
            return catalog;
        }
    }

    private sealed record Generation(IndexReader Reader, CompletionCatalog Catalog);
}
