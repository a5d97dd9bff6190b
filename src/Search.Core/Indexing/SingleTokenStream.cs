using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Indexing;

/// <summary>A token stream of exactly one token, the whole value, reusable for the next value (<see cref="KeywordField"/>).</summary>
internal sealed class SingleTokenStream : TokenStream
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private string value = "";
    private bool emitted;

    public SingleTokenStream()
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public void SetValue(string text) => value = text;

    public override bool IncrementToken()
    {
        if (emitted)
        {
            return false;
        }
        ClearAttributes();
        term.SetEmpty().Append(value);
        offset.SetOffset(0, value.Length);
        emitted = true;
        return true;
    }

    public override void End()
    {
        base.End();
        offset.SetOffset(value.Length, value.Length);
    }

    public override void Reset()
    {
        base.Reset();
        emitted = false;
    }
}
