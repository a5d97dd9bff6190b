using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Search.Bench.Queries;

namespace Search.Bench.Measuring;

/// <summary>HTTP figures of the API: cold starts, RSS after warm-up, wrk runs, related-articles latency.</summary>
public sealed record HttpFigures(
    IReadOnlyList<double> ColdStartMs,
    double RssAfterWarmupMb,
    double PeakRssMb,
    IReadOnlyList<WrkFigures> Wrk,
    Percentiles? Related,
    string RelatedNote);

/// <summary>One wrk run at a number of connections.</summary>
public sealed record WrkFigures(int Connections, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors);

/// <summary>
/// Starts the API on 127.0.0.1 over an existing index, measures it from outside, and stops it. The
/// server is killed when the run ends, however it ends.
/// </summary>
public static partial class HttpRun
{
    public static HttpFigures Run(string apiDll, string indexPath, IReadOnlyList<BenchQuery> mix, IReadOnlyList<string> articleIds, int[] connections, int seconds, string workDir, Action<string> log)
    {
        var port = int.TryParse(Environment.GetEnvironmentVariable("BENCH_API_PORT"), out var configured) ? configured : 5087;
        var baseUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var first = mix[0].ToUrlPath();
        var cold = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            using var probe = Start(apiDll, indexPath, port);
            var clock = Stopwatch.StartNew();
            WaitForOk(http, first, probe);
            cold.Add(clock.Elapsed.TotalMilliseconds);
        }
        log($"cold starts: {string.Join(", ", cold.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))} ms");

        using var server = Start(apiDll, indexPath, port);
        WaitForOk(http, first, server);
        foreach (var query in mix)
        {
            http.GetAsync(query.ToUrlPath()).GetAwaiter().GetResult().EnsureSuccessStatusCode();
        }
        var rss = Rss(server.Process.Id, "VmRSS");
        log($"RSS after warm-up: {rss:F0} MB");

        var urls = Path.Combine(workDir, "urls.txt");
        File.WriteAllLines(urls, mix.Select(q => q.ToUrlPath()));
        var script = Path.Combine(workDir, "mix.lua");
        File.WriteAllText(script, """
            local paths = {}
            for line in io.lines(os.getenv("BENCH_URLS")) do paths[#paths + 1] = line end
            local i = 0
            function setup(thread) thread:set("offset", math.random(#paths)) end
            request = function()
              i = i + 1
              return wrk.format("GET", paths[(i + (offset or 0)) % #paths + 1])
            end
            """);
        var runs = new List<WrkFigures>();
        foreach (var c in connections)
        {
            runs.Add(Wrk(baseUrl, script, urls, c, seconds));
            log($"wrk {c} connections: {runs[^1].RequestsPerSecond:F0} req/s, p99 {runs[^1].P99Ms:F1} ms, {runs[^1].Errors} errors");
        }
        var peak = Rss(server.Process.Id, "VmHWM");

        var (related, note) = Related(http, articleIds);
        log($"related: {note}");
        return new HttpFigures(cold, rss, peak, runs, related, note);
    }

    private static (Percentiles?, string) Related(HttpClient http, IReadOnlyList<string> ids)
    {
        var probe = http.GetAsync($"/api/articles/{ids[0]}/related").GetAwaiter().GetResult();
        if (!probe.IsSuccessStatusCode)
        {
            var article = http.GetAsync($"/api/articles/{ids[0]}").GetAwaiter().GetResult();
            return (null, $"GET /api/articles/{{id}}/related answered {(int)probe.StatusCode} while GET /api/articles/{{id}} answered {(int)article.StatusCode}: endpoint not present in this build");
        }
        var timings = new List<double>();
        foreach (var id in ids)
        {
            var clock = Stopwatch.StartNew();
            http.GetAsync($"/api/articles/{id}/related").GetAwaiter().GetResult().EnsureSuccessStatusCode();
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
        return (Percentiles.Of(timings), $"{ids.Count} sequential requests over loopback after one warm-up request");
    }

    private static WrkFigures Wrk(string baseUrl, string script, string urls, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk", ["-t", Math.Min(2, connections).ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{seconds}s", "--latency", "-s", script, baseUrl])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BENCH_URLS"] = urls;
        using var wrk = Process.Start(start)!;
        var output = wrk.StandardOutput.ReadToEnd() + wrk.StandardError.ReadToEnd();
        wrk.WaitForExit();
        var rps = Number(RequestsPerSecond().Match(output));
        var requests = (long)Number(Requests().Match(output));
        var errors = (long)Number(NonSuccess().Match(output));
        var socket = SocketErrors().Match(output);
        if (socket.Success)
        {
            errors += Enumerable.Range(1, 4).Sum(g => long.Parse(socket.Groups[g].Value, CultureInfo.InvariantCulture));
        }
        return new WrkFigures(connections, rps, Latency(output, "50"), Latency(output, "99"), requests, errors);
    }

    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static double Number(Match match) =>
        match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    private static void WaitForOk(HttpClient http, string path, ApiProcess api)
    {
        var process = api.Process;
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {process.ExitCode} before answering:\n{api.Output}");
            }
            try
            {
                if (http.GetAsync(path).GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            Thread.Sleep(10);
        }
        throw new TimeoutException("The API did not answer within 5 minutes.");
    }

    private static ApiProcess Start(string apiDll, string indexPath, int port)
    {
        var start = new ProcessStartInfo("dotnet", [apiDll])
        {
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Search__IndexPath"] = indexPath;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // One load generator on one address would otherwise meet the per-client rate limit, not the engine.
        start.Environment["RateLimiting__Enabled"] = "false";
        var process = Process.Start(start)!;
        var api = new ApiProcess(process);
        process.OutputDataReceived += (_, e) => api.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => api.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    private static double Rss(int pid, string key)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    /// <summary>The server process, killed with its children on dispose.</summary>
    private sealed class ApiProcess(Process process) : IDisposable
    {
        private readonly Queue<string> lines = new();

        public Process Process => process;

        /// <summary>The last lines the server wrote.</summary>
        public string Output
        {
            get
            {
                lock (lines)
                {
                    return string.Join('\n', lines);
                }
            }
        }

        public void Remember(string? line)
        {
            lock (lines)
            {
                if (line is not null)
                {
                    lines.Enqueue(line);
                }
                while (lines.Count > 40)
                {
                    lines.Dequeue();
                }
            }
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            process.Dispose();
        }
    }
}
