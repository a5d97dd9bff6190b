using Search.Bench;

// Search.Bench latency --index <dir> [--queries 100] [--rounds 3]
var index = ArgValue(args, "--index") ?? Path.Combine("index-data", "index");
var queries = int.Parse(ArgValue(args, "--queries") ?? "100", System.Globalization.CultureInfo.InvariantCulture);
var rounds = int.Parse(ArgValue(args, "--rounds") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
switch (args.FirstOrDefault())
{
    case "latency":
        LatencyBenchmark.Run(index, queries, rounds);
        return 0;
    default:
        Console.Error.WriteLine("usage: Search.Bench latency --index <dir> [--queries 100] [--rounds 3]");
        return 2;
}

static string? ArgValue(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
