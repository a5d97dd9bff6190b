using System.Resources;

namespace Search.Core.Metadata;

/// <summary>
/// The word lists the entity rules read, loaded once from the embedded <c>Lexicon/*.txt</c> files
/// (see <c>MetadataResources.resx</c>).
/// </summary>
internal sealed class MetadataLexicon
{
    private static readonly Lazy<MetadataLexicon> Instance = new(Load);

    private readonly HashSet<string> firstWords;

    private readonly HashSet<string> otherNameWords;

    private MetadataLexicon(Func<string, PhraseSet> list)
    {
        Places = list("Places");
        PlaceCues = list("PlaceCues");
        OrgCues = list("OrgCues");
        Organisations = list("Organisations");
        PersonTitles = list("PersonTitles");
        ReportingVerbs = list("ReportingVerbs");
        NameParticles = list("NameParticles");
        NotNames = list("NotNames");
        GivenNames = list("GivenNames");
        CommonWords = list("CommonWords");
        RoleNouns = list("RoleNouns");
        NameHonorifics = list("NameHonorifics");
        OrgSuffixes = list("OrgSuffixes");
        PostNominals = list("PostNominals");
        PersonAliases = list("PersonAliases");
        PlaceContext = list("PlaceContext");
        JurisdictionTitles = list("JurisdictionTitles");
        Offices = list("Offices");
        firstWords = new[]
        {
            Places, PlaceCues, OrgCues, Organisations, PersonTitles, ReportingVerbs, NameParticles, NotNames, GivenNames,
            CommonWords, RoleNouns, NameHonorifics, OrgSuffixes, PostNominals, PersonAliases, PlaceContext, JurisdictionTitles,
        }.SelectMany(set => set.FirstWords).ToHashSet(StringComparer.Ordinal);
        otherNameWords = new[] { Places, PlaceCues, OrgCues, Organisations, OrgSuffixes, JurisdictionTitles }
            .SelectMany(set => set.FirstWords).ToHashSet(StringComparer.Ordinal);
    }


    public static MetadataLexicon Default => Instance.Value;

    /// <summary>Countries, regions, provinces and cities ("Rusia", "Jawa Barat", "Stockholm").</summary>
    public PhraseSet Places { get; }

    /// <summary>Words that open a place name ("Kota", "Gunung").</summary>
    public PhraseSet PlaceCues { get; }

    /// <summary>Words that open an organisation name ("Kementerian", "Partai").</summary>
    public PhraseSet OrgCues { get; }

    /// <summary>Organisations known by name ("NATO", "Bank Dunia").</summary>
    public PhraseSet Organisations { get; }

    /// <summary>Titles, ranks, offices and roles written before a name.</summary>
    public PhraseSet PersonTitles { get; }

    /// <summary>Verbs that introduce or follow a quoted speaker.</summary>
    public PhraseSet ReportingVerbs { get; }

    /// <summary>Lower-case joiners inside names ("bin", "van").</summary>
    public PhraseSet NameParticles { get; }

    /// <summary>Capitalised words that are never names (days, months, function words).</summary>
    public PhraseSet NotNames { get; }

    /// <summary>Common given and family names.</summary>
    public PhraseSet GivenNames { get; }

    /// <summary>Ordinary words capitalised inside offices and organisation names.</summary>
    public PhraseSet CommonWords { get; }

    /// <summary>Role nouns as often before a team or company as before a person ("pemain", "warga").</summary>
    public PhraseSet RoleNouns { get; }

    /// <summary>Titles of nobility and religious office that belong to the name ("Pangeran", "Paus").</summary>
    public PhraseSet NameHonorifics { get; }

    /// <summary>Words that close an organisation, venue or work name ("FC", "Air", "Club").</summary>
    public PhraseSet OrgSuffixes { get; }

    /// <summary>Degrees and honours written after a name ("SH", "PhD"); they end it.</summary>
    public PhraseSet PostNominals { get; }

    /// <summary>Short forms of well-known people ("Joko Widodo | Jokowi"); the first name of a line is canonical.</summary>
    public PhraseSet PersonAliases { get; }

    /// <summary>Lower-case words after which a name is a place ("kawasan", "desa").</summary>
    public PhraseSet PlaceContext { get; }

    /// <summary>Offices named after their territory ("Bupati", "Kapolres").</summary>
    public PhraseSet JurisdictionTitles { get; }

    /// <summary>Ministries and offices written as one word between a title and a name ("Menko Polhukam Wiranto").</summary>
    public PhraseSet Offices { get; }

    /// <summary>Whether any list has an entry starting with this lower-case word: one look-up instead of seventeen for most words.</summary>
    public bool MayStartEntry(string key) => firstWords.Contains(key);

    /// <summary>
    /// Whether a place, an organisation, their cues, an organisation's suffix or an office named for its territory
    /// has an entry starting with this lower-case word: a run with no such word and no word in capitals holds no place
    /// or organisation (see <see cref="RunSegmenter"/>).
    /// </summary>
    public bool MayStartOtherName(string key) => otherNameWords.Contains(key);

    /// <summary>Reads one embedded list by its resource name.</summary>
    public static string ReadResource(string name)
    {
        var resources = new ResourceManager("Search.Core.Metadata.MetadataResources", typeof(MetadataLexicon).Assembly);
        return resources.GetString(name, System.Globalization.CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException($"Embedded metadata resource '{name}' is missing.");
    }

    private static MetadataLexicon Load() => new(name => PhraseSet.Parse(ReadResource(name)));
}
