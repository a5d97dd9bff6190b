using System.Diagnostics;
using System.Globalization;
using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.MetadataEval;

/// <summary>
/// What the person, organisation and place facets would hold after indexing the shared news
/// corpus: a learning pass, then extraction of every article, timed; the values most articles
/// carry. Bodies of clickid-2019 lack their hyperlinked names (see corpus README), so its titles
/// carry most of its names.
/// </summary>
internal static class CorpusEntitiesReport
{
    /// <param name="taggerPath">An entity tagger stored by the indexer's <c>train-entities</c>; null for the rules alone.</param>
    public static void Run(string shared, int top, string? taggerPath)
    {
        var records = NewsRecord.ReadAll(Path.Combine(shared, "corpus", "news")).ToList();
        var clock = Stopwatch.StartNew();
        var builder = new PersonGazetteerBuilder();
        foreach (var record in records)
        {
            builder.Observe(record.Title ?? record.TitleFromUrl, record.Body);
        }

        var gazetteer = builder.Build();
        var learning = clock.Elapsed;
        using var stored = new MemoryStream();
        gazetteer.WriteTo(stored);
        clock.Restart();
        stored.Position = 0;
        gazetteer = PersonGazetteer.ReadFrom(stored);
        var reading = clock.Elapsed;
        clock.Restart();
        EntityTagger? tagger = null;
        if (taggerPath is not null)
        {
            using var file = File.OpenRead(taggerPath);
            tagger = EntityTagger.ReadFrom(file);
            Console.WriteLine($"Person spans from the tagger trained on {tagger.Description}.");
        }

        var extractor = new EntityExtractor(gazetteer, tagger);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var persons = new Dictionary<string, int>(StringComparer.Ordinal);
        var orgs = new Dictionary<string, int>(StringComparer.Ordinal);
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var withPerson = 0;
        foreach (var record in records)
        {
            var entities = extractor.Extract(record.Title ?? record.TitleFromUrl, record.Body);
            withPerson += entities.Persons.Count > 0 ? 1 : 0;
            Tally(persons, entities.Persons);
            Tally(orgs, entities.Orgs);
            Tally(places, entities.Places);
        }

        var extraction = clock.Elapsed;
        var extractionCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (tagger is not null)
        {
            // The same extraction with the rules alone, timed in this process: the tagger's cost as a ratio.
            clock.Restart();
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var rules = new EntityExtractor(gazetteer);
            foreach (var record in records)
            {
                rules.Extract(record.Title ?? record.TitleFromUrl, record.Body);
            }

            var rulesCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Extraction with the rules alone: {clock.Elapsed.TotalSeconds:0.0} s; with the tagger it takes {extraction / clock.Elapsed:0.00}× as long."));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Processor time (all threads, steadier than the clock on a shared machine): rules alone {rulesCpu.TotalSeconds:0.0} s, with the tagger {extractionCpu.TotalSeconds:0.0} s."));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{records.Count} articles. Learning pass {learning.TotalSeconds:0.0} s ({records.Count / learning.TotalSeconds:0} articles/s), {gazetteer.Count} persons learned; extraction {extraction.TotalSeconds:0.0} s ({records.Count / extraction.TotalSeconds:0} articles/s, one thread)."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Stored gazetteer: {stored.Length / 1024.0 / 1024.0:0.0} MiB, read back in {reading.TotalSeconds:0.00} s (extraction above used the copy read back)."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Articles with at least one person: {withPerson} ({100.0 * withPerson / records.Count:0.0} %); distinct persons {persons.Count}, organisations {orgs.Count}, places {places.Count}."));
        Print("person", persons, top);
        PersonFragments.Print(Top(persons, top));
        Print("org", orgs, top / 2);
        Print("place", places, top / 2);
    }

    private static List<(string Name, int Articles)> Top(Dictionary<string, int> counts, int top) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top).Select(kv => (kv.Key, kv.Value)).ToList();

    private static void Tally(Dictionary<string, int> counts, IEnumerable<ExtractedEntity> entities)
    {
        foreach (var entity in entities)
        {
            counts[entity.Name] = counts.GetValueOrDefault(entity.Name) + 1;
        }
    }

    private static void Print(string facet, Dictionary<string, int> counts, int top)
    {
        Console.WriteLine();
        Console.WriteLine($"Top {top} {facet} values (articles):");
        Console.WriteLine();
        var rank = 0;
        foreach (var (name, articles) in Top(counts, top))
        {
            Console.WriteLine($"{++rank}. {name} ({articles})");
        }
    }
}
