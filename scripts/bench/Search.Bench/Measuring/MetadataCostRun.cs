using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Bench.Discovery;
using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Metadata;

namespace Search.Bench.Measuring;

/// <summary>
/// What metadata extraction costs per article, on one thread so that the figures are the work itself: the
/// learning pass, then rounds of the entity extraction and the topic as indexing runs them, each with the
/// thread's processor time and bytes allocated per article. Ends with a SHA-256 of every article's persons
/// (with aliases and mentions), organisations, places and topic, and one of the learned gazetteer's file: equal hashes mean equal outputs, so a
/// change to the mechanics can be checked against the build before it.
/// </summary>
public static class MetadataCostRun
{
    /// <param name="dump">When given, every article's persons, organisations, places and topic (what the hash is of) are written there, to <c>cmp</c> two builds.</param>
    /// <param name="threads">Threads extracting at once in each round besides the one-thread rounds (1: none), as indexing runs them; their rounds count the whole process's processor time.</param>
    /// <param name="learningRounds">Times the learning pass runs (the later ones warm, as the first one is in a process that already extracted); the last one's gazetteer is used.</param>
    public static void Run(string corpus, string indexRoot, int rounds, string? dump = null, int threads = 1, int learningRounds = 1)
    {
        var articles = new ArticleFileReader(Options.Create(new IngestionOptions())).Read([corpus])
            .Select(r => r.Article).OfType<Article>().ToList();
        using var analysis = new TextAnalysis(Options.Create(new AnalysisOptions()), NullLogger<TextAnalysis>.Instance);
        TimeSpan processCpu;
        long allBytes;
        PersonGazetteer gazetteer = PersonGazetteer.Empty;
        for (var pass = 1; pass <= learningRounds; pass++)
        {
            GC.Collect();
            (processCpu, allBytes) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
            var wall = Stopwatch.StartNew();
            gazetteer = new PersonGazetteerBuilder().ObserveAll(articles).Build();
            var which = learningRounds == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" {pass}");
            Print(string.Create(CultureInfo.InvariantCulture, $"learning pass{which} (all threads, {wall.Elapsed.TotalSeconds:F2} s wall)"), articles.Count,
                (Process.GetCurrentProcess().TotalProcessorTime - processCpu).TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allBytes);
        }

        var saved = Path.Combine(Path.GetTempPath(), $"metadata-cost-{Environment.ProcessId}");
        Directory.CreateDirectory(saved);
        GazetteerStore.Save(gazetteer, saved);
        var gazetteerHash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Directory.GetFiles(saved).Single())));
        Directory.Delete(saved, recursive: true);
        double cpu;
        long bytes;
        var extractor = new EntityExtractor(gazetteer, EntityTaggerStore.Load(indexRoot));
        var topics = TopicClassifier.Default.WithModel(TopicModelStore.Load(indexRoot, analysis.Stemmed));
        var entities = new ArticleEntities[articles.Count];
        var assigned = new string[articles.Count];
        for (var round = 1; round <= rounds; round++)
        {
            GC.Collect();
            var gen0 = GC.CollectionCount(0);
            (cpu, bytes) = (ThreadCpu.Milliseconds() ?? 0, GC.GetAllocatedBytesForCurrentThread());
            for (var i = 0; i < articles.Count; i++)
            {
                entities[i] = extractor.Extract(articles[i]);
            }

            Print($"round {round} entities ({GC.CollectionCount(0) - gen0} gen-0 GCs)", articles.Count, (ThreadCpu.Milliseconds() ?? 0) - cpu, GC.GetAllocatedBytesForCurrentThread() - bytes);
            if (threads > 1)
            {
                GC.Collect();
                (processCpu, allBytes) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
                Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => entities[i] = extractor.Extract(articles[i]));
                Print($"round {round} entities, {threads} threads (process)", articles.Count,
                    (Process.GetCurrentProcess().TotalProcessorTime - processCpu).TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allBytes);
            }

            (cpu, bytes) = (ThreadCpu.Milliseconds() ?? 0, GC.GetAllocatedBytesForCurrentThread());
            for (var i = 0; i < articles.Count; i++)
            {
                assigned[i] = articles[i].Topic ?? topics.TopicOf(articles[i]);
            }

            Print($"round {round} topic", articles.Count, (ThreadCpu.Milliseconds() ?? 0) - cpu, GC.GetAllocatedBytesForCurrentThread() - bytes);
        }

        Console.WriteLine($"gazetteer SHA-256: {gazetteerHash}");
        var outputs = Outputs(articles, entities, assigned);
        Console.WriteLine($"outputs SHA-256: {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(outputs)))}");
        if (dump is not null)
        {
            File.WriteAllText(dump, outputs);
        }
    }

    private static void Print(string what, int count, double milliseconds, long bytes) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-44} {milliseconds / 1000,7:F2} s CPU  {milliseconds * 1000 / count,7:F0} µs/article  {bytes / 1024.0 / count,7:F1} KB/article"));

    /// <summary>One line per article (id, topic), then one per list (persons, organisations, places: name|aliases|mentions).</summary>
    private static string Outputs(List<Article> articles, ArticleEntities[] entities, string[] topics)
    {
        var text = new StringBuilder();
        for (var i = 0; i < articles.Count; i++)
        {
            text.Append(articles[i].Id).Append('\t').Append(topics[i]).Append('\n');
            foreach (var list in new[] { entities[i].Persons, entities[i].Orgs, entities[i].Places })
            {
                foreach (var e in list)
                {
                    text.Append(e.Name).Append('|').Append(string.Join(';', e.Aliases)).Append('|').Append(e.Mentions).Append('\t');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
