namespace Search.Core.Metadata.Tagging;

/// <summary>
/// The arrays the tagger fills for each line it tags (feature hashes, word classes, rule tags, feature rows,
/// decoded tags), one set per thread, grown as lines need and reused line after line: tagging a line
/// allocates only the spans it finds. What is lent is valid until the same thread tags its next line.
/// </summary>
internal sealed class LineBuffers
{
    [ThreadStatic]
    private static LineBuffers? current;

    private uint[] words = [], shapes = [], cases = [], fine = [], coarse = [], ruleTags = [];

    private WordClass[] classes = [];

    private bool[] selected = [];

    private int[] offsets = [], tags = [];

    private float[] margins = [];

    private WordFeatures?[] wordFeatures = [];

    /// <summary>The buffers of the calling thread.</summary>
    public static LineBuffers Current => current ??= new LineBuffers();

    /// <summary>Feature rows of the line, in token order.</summary>
    public List<int> Rows { get; } = new(4096);

    public Span<uint> Words(int n) => Cleared(ref words, n);

    public Span<uint> Shapes(int n) => Cleared(ref shapes, n);

    public Span<uint> Cases(int n) => Cleared(ref cases, n);

    public Span<uint> Fine(int n) => Cleared(ref fine, n);

    public Span<uint> Coarse(int n) => Cleared(ref coarse, n);

    public Span<uint> RuleTags(int n) => Cleared(ref ruleTags, n);

    public Span<WordClass> Classes(int n) => Cleared(ref classes, n);

    public Span<bool> Selected(int n) => Cleared(ref selected, n);

    public Span<int> Offsets(int n) => Cleared(ref offsets, n);

    public Span<int> Tags(int n) => Cleared(ref tags, n);

    public Span<float> Margins(int n) => Cleared(ref margins, n);

    public Span<WordFeatures?> WordFeatures(int n) => Cleared(ref wordFeatures, n);

    /// <summary>The first <paramref name="n"/> elements of the buffer, zeroed; the buffer grows (at least doubling) when it is too short.</summary>
    private static Span<T> Cleared<T>(ref T[] buffer, int n)
    {
        if (buffer.Length < n)
        {
            buffer = new T[Math.Max(n, buffer.Length * 2)];
            return buffer.AsSpan(0, n);
        }

        var span = buffer.AsSpan(0, n);
        span.Clear();
        return span;
    }
}
