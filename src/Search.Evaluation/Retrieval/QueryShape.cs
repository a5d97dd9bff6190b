namespace Search.Evaluation.Retrieval;

/// <summary>
/// How a query word is sought in a contestant's fields. With <see cref="BestField"/> a word scores
/// once, in its best-matching field and form (a DisjunctionMaxQuery over all of them); otherwise
/// every field and form that matches adds up (BooleanQuery SHOULD, as the classic query parser does).
/// </summary>
public sealed record QueryShape(string Name, bool BestField, IReadOnlyDictionary<string, float>? Boosts = null)
{
    public static QueryShape Best { get; } = new("best field per word", BestField: true);

    public static QueryShape Summed { get; } = new("fields added", BestField: false);

    public float BoostOf(string field) => Boosts?.GetValueOrDefault(field, 1f) ?? 1f;
}
