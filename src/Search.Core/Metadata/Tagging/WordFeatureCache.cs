namespace Search.Core.Metadata.Tagging;

/// <summary>
/// The <see cref="WordFeatures"/> of the words met so far, for one gazetteer and one set of clusters, shared by
/// every thread that extracts with them: the features are a function of the word alone and never change, so a
/// word's features made on one thread serve all. Emptied when full (the frequent words come back at once).
/// One shared cache holds the archive's working vocabulary where a cache per thread, each small enough to be kept
/// by every request thread of the API, had to be emptied every few hundred articles: the 27k bench corpus meets
/// about 122,000 distinct words around the capitalised ones, and making a word's features costs about as much as
/// 40 look-ups.
/// </summary>
internal sealed class WordFeatureCache(PersonGazetteer gazetteer, WordClusters clusters, int capacity = WordFeatureCache.DefaultCapacity)
{
    /// <summary>Words kept at most before the cache is emptied: about 190 bytes each, some 25 MB when full.</summary>
    public const int DefaultCapacity = 131_072;

    private readonly SharedWordCache<WordFeatures> known = new(capacity);

    /// <summary>Words in the cache now.</summary>
    public int Count => known.Count;

    /// <summary>The features of <paramref name="token"/>, made the first time its written form is met.</summary>
    public WordFeatures For(TextToken token) =>
        known.GetOrAdd(token.Text, static (_, made) => new WordFeatures(made.Token, made.Gazetteer, made.Clusters), (Token: token, Gazetteer: gazetteer, Clusters: clusters));
}
