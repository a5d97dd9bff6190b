using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// A <see cref="StringField"/> (one untokenised term) whose token stream is one per thread instead of one per
/// field instance. Lucene's own field makes a new stream for every new field, and every new stream looks its
/// attributes up under one process-wide lock, which two indexing threads then queue on for each id, source,
/// topic and name of every article. The fields of a document are inverted one after another on one thread,
/// so one stream per thread serves them all.
/// </summary>
public sealed class KeywordField(string name, string value, Field.Store store)
    : Field(name, value, store == Field.Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
{
    [ThreadStatic]
    private static SingleTokenStream? stream;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var reused = stream ??= new SingleTokenStream();
        reused.SetValue(GetStringValue());
        return reused;
    }
}
