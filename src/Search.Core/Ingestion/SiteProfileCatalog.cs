using System.Text.Json;
using System.Text.Json.Serialization;

namespace Search.Core.Ingestion;

/// <summary>
/// The site profiles raw page captures are read with: the built-in <c>SiteProfiles.json</c>
/// (an embedded resource next to this file), plus an optional file named by
/// <see cref="IngestionOptions.SiteProfilesPath"/> that adds sites or replaces them by name.
/// </summary>
public sealed class SiteProfileCatalog
{
    internal const string ResourceName = "Search.Core.Ingestion.SiteProfiles.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<SiteProfileCatalog> BuiltInCatalog = new(ReadBuiltIn);

    private readonly SiteProfile _declaredDefault;
    private readonly IReadOnlyList<SiteProfile> _declaredSites;

    private SiteProfileCatalog(SiteProfile declaredDefault, IReadOnlyList<SiteProfile> declaredSites)
    {
        _declaredDefault = declaredDefault;
        _declaredSites = declaredSites;
        Default = declaredDefault.InheritFrom(declaredDefault);
        Sites = declaredSites.Select(site => site.InheritFrom(declaredDefault)).ToArray();
    }

    /// <summary>The profiles shipped in the embedded <c>SiteProfiles.json</c>.</summary>
    public static SiteProfileCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>Used for pages no site profile recognises.</summary>
    public SiteProfile Default { get; }

    /// <summary>Site profiles in the order they are tried, each with the default's rules filled in.</summary>
    public IReadOnlyList<SiteProfile> Sites { get; }

    /// <summary>The built-in profiles merged with the file at <see cref="IngestionOptions.SiteProfilesPath"/>, if any.</summary>
    /// <exception cref="InvalidDataException">The file is missing, unreadable or invalid.</exception>
    public static SiteProfileCatalog Load(IngestionOptions options)
    {
        var path = options.SiteProfilesPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            return BuiltIn;
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"Site profiles file '{path}' cannot be read: {ex.Message}", ex);
        }

        return BuiltIn.MergedWith(ReadDocument(json, path));
    }

    /// <summary>
    /// The profile of a page: first a site whose file-name prefix matches, then a site with a
    /// recognition line in the page, else <see cref="Default"/>.
    /// </summary>
    public SiteProfile Recognise(string fileName, IReadOnlyList<string> lines)
    {
        var name = Path.GetFileName(fileName);
        return Sites.FirstOrDefault(site => site.IsRecognisedByFileName(name))
            ?? Sites.FirstOrDefault(site => lines.Any(site.IsRecognisedByLine))
            ?? Default;
    }

    private SiteProfileCatalog MergedWith(SiteProfileDocument extra)
    {
        var extraSites = extra.Sites ?? [];
        var extraNames = extraSites.Select(site => site.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sites = extraSites.Concat(_declaredSites.Where(site => !extraNames.Contains(site.Name))).ToArray();
        return new SiteProfileCatalog(extra.Default ?? _declaredDefault, sites);
    }

    private static SiteProfileCatalog ReadBuiltIn()
    {
        using var stream = typeof(SiteProfileCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from Search.Core.");
        using var reader = new StreamReader(stream);
        var document = ReadDocument(reader.ReadToEnd(), ResourceName);
        return new SiteProfileCatalog(
            document.Default ?? throw new InvalidDataException($"{ResourceName}: a \"default\" profile is required."),
            document.Sites ?? []);
    }

    private static SiteProfileDocument ReadDocument(string json, string origin)
    {
        SiteProfileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SiteProfileDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{origin}: not a valid site profiles document: {ex.Message}", ex);
        }

        if (document is null)
        {
            throw new InvalidDataException($"{origin}: the document is empty.");
        }

        document.Default?.Validate(origin);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var site in document.Sites ?? [])
        {
            site.Validate(origin);
            if (!names.Add(site.Name))
            {
                throw new InvalidDataException($"{origin}: site profile '{site.Name}' is declared twice.");
            }
        }

        return document;
    }
}
