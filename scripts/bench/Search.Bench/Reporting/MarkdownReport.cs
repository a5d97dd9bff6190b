using System.Globalization;
using System.Text;
using Search.Bench.Measuring;
using Search.Bench.Queries;

namespace Search.Bench.Reporting;

/// <summary>
/// Renders a <see cref="BenchReport"/>: every figure of ours beside the peers' and as a ratio, then the
/// goals of issue 7 with where we stand.
/// </summary>
public static class MarkdownReport
{
    public static string Render(BenchReport r)
    {
        var md = new StringBuilder();
        var ours = r.Engines[0];
        var peers = r.Engines.Skip(1).ToList();
        md.AppendLine(Inv($"# Benchmark: {r.Articles:N0} articles, {r.Queries} queries"));
        md.AppendLine();
        md.AppendLine(Inv($"Started {r.Started:yyyy-MM-dd HH:mm} UTC on {r.Machine}. Corpus `{r.CorpusPath}` ({r.CorpusBytes / 1048576.0:F0} MiB JSONL)."));
        md.AppendLine();
        md.AppendLine($"Command: `{r.Command}`");
        md.AppendLine();
        foreach (var note in r.Notes)
        {
            md.AppendLine($"- {note}");
        }
        md.AppendLine();
        md.AppendLine("Work per search:");
        md.AppendLine();
        foreach (var engine in r.Engines)
        {
            md.AppendLine($"- **{engine}**: {r.Work[engine]}");
        }

        md.AppendLine();
        md.AppendLine("## Indexing (from the JSONL file to a committed, queryable index)");
        md.AppendLine();
        md.AppendLine("| engine | articles | seconds | articles/s | MB/s | index size MiB | our articles/s ÷ theirs |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var engine in r.Engines)
        {
            var f = r.Indexing[engine];
            md.AppendLine(Inv($"| {engine} | {f.Documents:N0} | {f.Seconds:F1} | {f.DocsPerSecond:F0} | {f.MegabytesPerSecond:F2} | {f.IndexBytes / 1048576.0:F0} | {Ratio(r.Indexing[ours].DocsPerSecond, f.DocsPerSecond)} |"));
        }

        md.AppendLine();
        md.AppendLine(Inv($"## In-process latency per query class (ms; {r.Rounds} interleaved rounds after a warm-up)"));
        md.AppendLine();
        md.AppendLine($"| query class | {string.Join(" | ", r.Engines.Select(e => $"{e} p50 / p95 / p99"))} | {string.Join(" | ", peers.Select(p => $"{p} p50 ÷ ours"))} | {string.Join(" | ", peers.Select(p => $"{p} p99 ÷ ours"))} |");
        md.AppendLine($"|---|{string.Concat(r.Engines.Select(_ => "---|"))}{string.Concat(peers.Select(_ => "---|---|"))}");
        foreach (var kind in QueryMixGenerator.Kinds.Append("all").Where(k => r.Latency[ours].ContainsKey(k)))
        {
            var cells = r.Engines.Select(e => r.Latency[e][kind]).Select(p => Inv($"{p.P50:F2} / {p.P95:F2} / {p.P99:F2}"));
            var p50 = peers.Select(p => Ratio(r.Latency[p][kind].P50, r.Latency[ours][kind].P50));
            var p99 = peers.Select(p => Ratio(r.Latency[p][kind].P99, r.Latency[ours][kind].P99));
            md.AppendLine($"| {(kind == "all" ? "**all**" : kind)} | {string.Join(" | ", cells)} | {string.Join(" | ", p50)} | {string.Join(" | ", p99)} |");
        }

        md.AppendLine();
        md.AppendLine("## In-process throughput (searches/s, closed loop, engines in alternating slices)");
        md.AppendLine();
        md.AppendLine($"| clients | {string.Join(" | ", r.Engines)} | {string.Join(" | ", peers.Select(p => $"ours ÷ {p}"))} |");
        md.AppendLine($"|---|{string.Concat(r.Engines.Select(_ => "---|"))}{string.Concat(peers.Select(_ => "---|"))}");
        foreach (var (clients, qps) in r.Throughput.OrderBy(t => t.Key))
        {
            md.AppendLine(Inv($"| {clients} | {string.Join(" | ", r.Engines.Select(e => qps[e].ToString("F0", CultureInfo.InvariantCulture)))} | {string.Join(" | ", peers.Select(p => Ratio(qps[ours], qps[p])))} |"));
        }

        if (r.Http is { } http)
        {
            md.AppendLine();
            md.AppendLine("## HTTP (wrk against the running API on 127.0.0.1, same query mix)");
            md.AppendLine();
            md.AppendLine($"| connections | requests/s | p50 ms | p99 ms | requests | errors | {string.Join(" | ", peers.Select(p => $"÷ {p} in process"))} |");
            md.AppendLine($"|---|---|---|---|---|---|{string.Concat(peers.Select(_ => "---|"))}");
            foreach (var w in http.Wrk)
            {
                var peerRatios = peers.Select(p => r.Throughput.TryGetValue(w.Connections, out var t) ? Ratio(w.RequestsPerSecond, t[p]) : "–");
                md.AppendLine(Inv($"| {w.Connections} | {w.RequestsPerSecond:F0} | {w.P50Ms:F2} | {w.P99Ms:F2} | {w.Requests:N0} | {w.Errors} | {string.Join(" | ", peerRatios)} |"));
            }
            md.AppendLine();
            md.AppendLine(Inv($"- API RSS after warm-up (every query once): **{http.RssAfterWarmupMb:F0} MiB**; peak during the wrk runs: {http.PeakRssMb:F0} MiB."));
            md.AppendLine(Inv($"- Cold start to the first search answered (process start → HTTP 200), 3 starts: {string.Join(", ", http.ColdStartMs.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))} ms."));
            md.AppendLine(http.Related is { } rel
                ? Inv($"- Related articles (`GET /api/articles/{{id}}/related`): p50 {rel.P50:F2} ms, p95 {rel.P95:F2} ms, p99 {rel.P99:F2} ms ({http.RelatedNote}).")
                : $"- Related articles: {http.RelatedNote}.");
        }

        md.AppendLine();
        md.AppendLine("## Goals (issue 7)");
        md.AppendLine();
        md.AppendLine("| goal | target | measured | met |");
        md.AppendLine("|---|---|---|---|");
        foreach (var (goal, target, measured, met) in Goals(r))
        {
            md.AppendLine($"| {goal} | {target} | {measured} | {(met ? "yes" : "**no**")} |");
        }
        return md.ToString();
    }

    private static IEnumerable<(string, string, string, bool)> Goals(BenchReport r)
    {
        var ours = r.Engines[0];
        var all = r.Latency[ours]["all"];
        const string sqlite = "SQLite FTS5";
        if (r.Articles <= 100_000)
        {
            yield return ("search p50, in process", "≤ 2 ms", Inv($"{all.P50:F2} ms"), all.P50 <= 2);
            yield return ("search p99, in process", "≤ 15 ms", Inv($"{all.P99:F2} ms"), all.P99 <= 15);
            var best = r.Throughput.Where(t => t.Value.ContainsKey(sqlite)).Select(t => (t.Key, Ratio: t.Value[ours] / t.Value[sqlite])).ToList();
            foreach (var (clients, ratio) in best)
            {
                yield return (Inv($"throughput vs SQLite FTS5, {clients} clients"), "≥ 4×", Inv($"{ratio:F2}×"), ratio >= 4);
            }
            if (r.Http?.Wrk.FirstOrDefault(w => w.Connections == 32) is { } w32)
            {
                yield return ("HTTP searches/s at 32 connections, zero errors", "≥ 2,000", Inv($"{w32.RequestsPerSecond:F0}/s, {w32.Errors} errors"), w32.RequestsPerSecond >= 2000 && w32.Errors == 0);
            }
        }
        else
        {
            yield return ("search p99, in process", "≤ 50 ms", Inv($"{all.P99:F2} ms"), all.P99 <= 50);
            if (r.Http is { } http)
            {
                yield return ("API RSS", "≤ 2 GiB", Inv($"{http.PeakRssMb:F0} MiB peak"), http.PeakRssMb <= 2048);
            }
        }
        if (r.Indexing.TryGetValue(sqlite, out var s))
        {
            var ratio = r.Indexing[ours].DocsPerSecond / s.DocsPerSecond;
            yield return ("indexing articles/s vs SQLite FTS5", "≥ 1.0×", Inv($"{ratio:F2}×"), ratio >= 1);
        }
    }

    private static string Ratio(double numerator, double denominator) =>
        denominator > 0 && !double.IsNaN(numerator) ? Inv($"{numerator / denominator:F2}×") : "–";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
