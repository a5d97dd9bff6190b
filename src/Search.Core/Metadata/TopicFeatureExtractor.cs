using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Metadata;

/// <summary>
/// Turns a headline and a body into the features a <see cref="TopicModel"/> reads: the terms the
/// index's own analysis chain yields (lower-cased, stop words removed, stemmed) and, optionally,
/// each pair of adjacent terms ("liga inggris"), counted; headline features count
/// <see cref="TitleWeight"/> times; optionally the source host as one more feature
/// (<see cref="SourcePrefix"/> + host, never a term: the analysis keeps no '@'), and each term again as
/// "host|term" (the analysis keeps no '|' either); optionally the terms of the body's <see cref="Lead"/> count
/// <see cref="LeadWeight"/> times more (a news lead says where and what). Thread-safe as far as the analyzer is (Lucene analyzers are).
/// </summary>
public sealed class TopicFeatureExtractor(Analyzer analyzer, float titleWeight, bool bigrams, bool source = false, bool sourceTerms = false, float leadWeight = 0)
{
    /// <summary>The prefix of the source feature, and of every feature that is not a word of the text.</summary>
    public const string SourcePrefix = "@source:";

    /// <summary>The field name the analyzer is asked for: the stemmed body's chain.</summary>
    private const string Field = "body";

    public float TitleWeight { get; } = titleWeight;

    public bool Bigrams { get; } = bigrams;

    /// <summary>How many times more a term of the body's lead paragraph counts (0: as any body term).</summary>
    public float LeadWeight { get; } = leadWeight;

    /// <summary>Whether the article's source host is a feature.</summary>
    public bool Source { get; } = source;

    /// <summary>Whether each term also counts as "host|term" (only with <see cref="Source"/>).</summary>
    public bool SourceTerms { get; } = source && sourceTerms;

    /// <summary>The features of a headline and body (no source).</summary>
    public Dictionary<string, float> Extract(string? title, string body) => Extract(null, title, body);

    /// <summary>The features of an article from <paramref name="source"/> (a host such as "kompas.com"; ignored unless <see cref="Source"/>).</summary>
    public Dictionary<string, float> Extract(string? source, string? title, string body)
    {
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(title))
        {
            Add(counts, title, TitleWeight, 0, 0);
        }

        Add(counts, body, 1, LeadWeight, LeadLength(body));
        if (Source && SourceFeature(source) is { } host)
        {
            if (SourceTerms)
            {
                var site = host[SourcePrefix.Length..] + "|";
                foreach (var (term, count) in counts.ToList())
                {
                    counts[site + term] = count;
                }
            }

            counts[host] = 1;
        }

        return counts;
    }

    /// <summary>Whether a feature speaks of the site (the host, or a term under its host) rather than of the text alone.</summary>
    public static bool IsSiteFeature(string feature) => feature.StartsWith('@') || feature.Contains('|', StringComparison.Ordinal);

    /// <summary>The features of the text alone: what the model sees of an article from a site it never learned.</summary>
    public static Dictionary<string, float> WithoutSite(IReadOnlyDictionary<string, float> features) =>
        features.Where(kv => !IsSiteFeature(kv.Key)).ToDictionary(StringComparer.Ordinal);

    /// <summary>The article's source feature (<see cref="SourcePrefix"/> + host) among its features, or null when it has none.</summary>
    public static string? SiteOf(IReadOnlyDictionary<string, float> features) =>
        features.Keys.FirstOrDefault(k => k.StartsWith(SourcePrefix, StringComparison.Ordinal));

    /// <summary>The feature of a source host: lower case, without "www." (null for no source).</summary>
    public static string? SourceFeature(string? source)
    {
        var host = source?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        return SourcePrefix + (host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host);
    }

    /// <summary>The body's lead: its first paragraph, up to the first blank line (the whole body when it has none).</summary>
    public static string Lead(string body) => body[..LeadLength(body)];

    private static int LeadLength(string body) => body.IndexOf("\n\n", StringComparison.Ordinal) is var end and >= 0 ? end : body.Length;

    /// <summary>Counts the terms of <paramref name="text"/>, those starting before <paramref name="leadEnd"/> <paramref name="leadWeight"/> more; a pair counts more when both its terms do.</summary>
    private void Add(Dictionary<string, float> counts, string text, float weight, float leadWeight, int leadEnd)
    {
        using var stream = analyzer.GetTokenStream(Field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        string? previous = null;
        var previousInLead = false;
        while (stream.IncrementToken())
        {
            var current = term.ToString();
            var inLead = leadWeight > 0 && offset.StartOffset < leadEnd;
            counts[current] = counts.GetValueOrDefault(current) + weight + (inLead ? leadWeight : 0);
            if (Bigrams && previous is not null)
            {
                var pair = previous + " " + current;
                counts[pair] = counts.GetValueOrDefault(pair) + weight + (inLead && previousInLead ? leadWeight : 0);
            }

            previous = current;
            previousInLead = inLead;
        }

        stream.End();
    }
}
