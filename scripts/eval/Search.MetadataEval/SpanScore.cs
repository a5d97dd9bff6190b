namespace Search.MetadataEval;

/// <summary>Counts of gold, found and correct spans, and the measures made of them.</summary>
internal sealed class SpanScore
{
    public int Gold { get; private set; }

    public int Found { get; private set; }

    public int Correct { get; private set; }

    public double Precision => Found == 0 ? 0 : (double)Correct / Found;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(int gold, int found, int correct)
    {
        Gold += gold;
        Found += found;
        Correct += correct;
    }
}
