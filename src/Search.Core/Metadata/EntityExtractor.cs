using Search.Core.Articles;
using Search.Core.Metadata.Tagging;

namespace Search.Core.Metadata;

/// <summary>
/// Finds the persons, organisations and places of an Indonesian news article. Rules read
/// capitalised runs with the cues the press uses (titles and offices, "kata X", role nouns,
/// appositives), word lists of places and organisations, and what a <see cref="PersonGazetteer"/>
/// learned from the archive. Mentions of one person merge under one canonical name. Immutable
/// and safe to share between threads.
/// </summary>
public sealed class EntityExtractor
{
    private readonly MetadataLexicon lexicon = MetadataLexicon.Default;

    private readonly PersonGazetteer gazetteer;

    private readonly ArticleMentionFinder finder;

    private readonly PersonResolver resolver;

    private readonly bool tagged;

    /// <summary>An extractor with no learned knowledge: cues, word lists and the built-in alias table.</summary>
    public EntityExtractor()
        : this(PersonGazetteer.Default)
    {
    }

    /// <param name="gazetteer">What the archive taught about persons.</param>
    /// <param name="tagger">A trained tagger that decides person spans; null to rest on the rules alone.</param>
    public EntityExtractor(PersonGazetteer gazetteer, EntityTagger? tagger = null)
        : this(gazetteer, tagger, null)
    {
    }

    /// <param name="gazetteer">What the archive taught about persons.</param>
    /// <param name="tagger">A trained tagger that decides person spans; null to rest on the rules alone.</param>
    /// <param name="spanObserver">Told of every person span the tagger's second stage weighs (see <see cref="ArticleMentionFinder"/>).</param>
    internal EntityExtractor(PersonGazetteer gazetteer, EntityTagger? tagger, Action<int, int, int, float[]>? spanObserver)
    {
        this.gazetteer = gazetteer;
        tagged = tagger is not null;
        finder = new ArticleMentionFinder(lexicon, gazetteer, tagger, spanObserver);
        resolver = new PersonResolver(gazetteer);
    }

    /// <summary>The entities of an article; persons the article already lists are kept and merged in.</summary>
    public ArticleEntities Extract(Article article)
    {
        var extracted = Extract(article.Title, article.Body, article.Caption);
        if (article.Persons.Count == 0)
        {
            return extracted;
        }

        var persons = extracted.Persons.ToList();
        foreach (var listed in article.Persons.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var name = gazetteer.Resolve(listed) ?? listed.Trim();
            var key = NameNormalizer.Fold(name);
            var match = persons.FindIndex(p => NameNormalizer.Fold(p.Name) == key || p.Aliases.Any(a => NameNormalizer.Fold(a) == NameNormalizer.Fold(listed)));
            if (match < 0)
            {
                persons.Add(new ExtractedEntity(name, name == listed.Trim() ? [] : [listed.Trim()], 0));
            }
        }

        return extracted with { Persons = persons };
    }

    /// <summary>The entities named in a title, a body and an optional photo caption.</summary>
    public ArticleEntities Extract(string? title, string body, string? caption = null)
    {
        // The body first: what it establishes (full names) decides the caption and the title.
        var texts = new[] { body, caption ?? string.Empty, title ?? string.Empty };
        var mentions = finder.Find(texts);
        var parts = texts.Zip(mentions, (text, found) => (text, found)).ToList();
        var persons = resolver.Resolve(mentions.SelectMany(m => m.Where(x => x.Kind == EntityKind.Person).Select(x => x.Text)).ToList());
        if (tagged)
        {
            persons.RemoveAll(IsBareGivenName);
        }

        return new ArticleEntities(
            persons,
            EntityTally.Count(parts, EntityKind.Organisation, lexicon.Organisations),
            EntityTally.Count(parts, EntityKind.Place, lexicon.Places));
    }

    /// <summary>
    /// A common given name alone that neither the article nor the archive completes names no one in
    /// particular: unknown, or the first name of several known people ("Alex": Rins, Sandro, Marquez).
    /// The tagger finds it; the facet leaves it out. A name known on its own ("Wiranto") stays.
    /// </summary>
    private bool IsBareGivenName(ExtractedEntity person) =>
        !person.Name.Contains(' ', StringComparison.Ordinal)
        && lexicon.GivenNames.Matches(new TextToken(person.Name, 0, true, false, false))
        && (!gazetteer.Knows(person.Name) || gazetteer.FullNamesStartingWith(person.Name) >= 2);

    /// <summary>Every mention in one text, in order, with its offsets: what the evaluation scores.</summary>
    public IReadOnlyList<EntityMention> FindMentions(string text) => finder.Find([text])[0];
}
