using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// An <see cref="Int64Field"/> (not stored, for numeric range queries) whose numeric token stream is one per
/// thread, for the reason <see cref="KeywordField"/> gives.
/// </summary>
public sealed class RangeField : Field
{
    [ThreadStatic]
    private static NumericTokenStream? stream;

    private readonly long number;

    public RangeField(string name, long value)
        : base(name, Int64Field.TYPE_NOT_STORED)
    {
        number = value;
        FieldsData = J2N.Numerics.Int64.GetInstance(value); // what Int64Field holds, for anything that reads the value back
    }

    public override TokenStream GetTokenStream(Analyzer analyzer) =>
        (stream ??= new NumericTokenStream(Int64Field.TYPE_NOT_STORED.NumericPrecisionStep)).SetInt64Value(number);
}
