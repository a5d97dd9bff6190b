using System.Globalization;

namespace Search.Bench;

/// <summary>The few <c>--name value</c> options of the bench verbs; a name may repeat.</summary>
public sealed class BenchArguments(string[] args)
{
    public string? Value(string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public string Required(string name) => Value(name) ?? throw new ArgumentException($"{name} is required");

    public int Int(string name, int fallback) =>
        Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Every value after <paramref name="name"/> up to the next option.</summary>
    public IReadOnlyList<string> All(string name)
    {
        var i = Array.IndexOf(args, name);
        var values = i < 0 ? [] : args.Skip(i + 1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        return values.Count > 0 ? values : throw new ArgumentException($"{name} is required");
    }
}
