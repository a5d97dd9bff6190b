namespace Search.Core.Metadata.Tagging;

/// <summary>
/// The runs of consecutive selected tokens of a line, left to right, each as [Start, End): the stretches the tagger
/// decodes. Reads each flag once; a caller may clear the run it is given, since only the flags after it are read next.
/// </summary>
internal ref struct SelectedRuns
{
    private readonly ReadOnlySpan<bool> selected;
    private int next;

    public SelectedRuns(ReadOnlySpan<bool> selected) => this.selected = selected;

    public (int Start, int End) Current { get; private set; }

    public readonly SelectedRuns GetEnumerator() => this;

    public bool MoveNext()
    {
        var start = next;
        while (start < selected.Length && !selected[start])
        {
            start++;
        }
        if (start == selected.Length)
        {
            return false;
        }

        var end = start;
        while (end < selected.Length && selected[end])
        {
            end++;
        }
        (Current, next) = ((start, end), end);
        return true;
    }
}
