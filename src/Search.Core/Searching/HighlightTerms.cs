using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// The terms of one field that a query can highlight, taken once per search the way the highlighter's
/// QueryScorer takes them (every clause but the prohibited ones). A document whose postings hold none
/// of them gets no highlighted fragment, so its snippet can skip re-analysing the text. Unknown query
/// types are treated as "may match", so the shortcut never changes a snippet. One instance serves one
/// search (one thread): reading offsets for the hits of a page, it seeks each term once per segment and
/// reuses one postings enumerator, instead of a terms enumerator and a postings reader per term and hit.
/// </summary>
public sealed class HighlightTerms
{
    private readonly Term[]? terms;

    // The segment last read, its terms enumerator, each term's state in it (null until sought), which terms
    // it lacks, and the postings enumerator reused from hit to hit.
    private AtomicReader? segment;
    private TermsEnum? segmentTerms;
    private TermState?[]? states;
    private bool[]? absent;
    private DocsAndPositionsEnum? postings;

    private HighlightTerms(Term[]? terms) => this.terms = terms;

    /// <summary>True when the query has no term in the field: no document can get a highlight.</summary>
    public bool IsEmpty => terms is { Length: 0 };

    public static HighlightTerms Of(Query query, string field)
    {
        var found = new List<Term>();
        return new HighlightTerms(Collect(query, field, found) ? found.Distinct().ToArray() : null);
    }

    /// <summary>False only when the document certainly has none of the terms in the field.</summary>
    public bool MayMatch(IndexReader reader, int docId)
    {
        if (terms is null)
        {
            return true;
        }
        var (leaf, local) = Locate(reader, docId);
        foreach (var term in terms)
        {
            var docs = leaf.GetTermDocsEnum(term);
            if (docs is not null && docs.Advance(local) == local)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where the terms occur in the document's text, read from the postings' offsets, in text order;
    /// null when the query has a clause type not understood here or the field was indexed without offsets
    /// (the caller then re-analyses the text). Empty when the document holds none of the terms.
    /// </summary>
    public IReadOnlyList<TermOffset>? OffsetsIn(IndexReader reader, int docId)
    {
        if (terms is null)
        {
            return null;
        }
        var (leaf, local) = Locate(reader, docId);
        var found = new List<TermOffset>();
        for (var t = 0; t < terms.Length; t++)
        {
            var positions = Positions(leaf, t);
            if (positions is null || positions.Advance(local) != local)
            {
                continue;
            }
            for (var i = positions.Freq; i > 0; i--)
            {
                positions.NextPosition();
                if (positions.StartOffset < 0)
                {
                    return null;
                }
                found.Add(new TermOffset(positions.StartOffset, positions.EndOffset, t));
            }
        }
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return found;
    }

    /// <summary>The positions of term <paramref name="t"/> in <paramref name="leaf"/> (as <see cref="AtomicReader.GetTermPositionsEnum"/> gives them), or null when it has none.</summary>
    private DocsAndPositionsEnum? Positions(AtomicReader leaf, int t)
    {
        if (!ReferenceEquals(leaf, segment))
        {
            segment = leaf;
            segmentTerms = leaf.GetTerms(terms![0].Field)?.GetEnumerator();
            states = new TermState?[terms.Length];
            absent = new bool[terms.Length];
            postings = null;
        }
        if (segmentTerms is null)
        {
            return null;
        }
        var term = terms![t];
        if (absent![t])
        {
            return null;
        }
        if (states![t] is { } state)
        {
            segmentTerms.SeekExact(term.Bytes, state);
        }
        else if (segmentTerms.SeekExact(term.Bytes))
        {
            states[t] = segmentTerms.GetTermState();
        }
        else
        {
            absent[t] = true;
            return null;
        }
        return postings = segmentTerms.DocsAndPositions(leaf.LiveDocs, postings);
    }

    /// <summary>The segment holding a top-level document, and the document's number within it.</summary>
    private static (AtomicReader Segment, int Doc) Locate(IndexReader reader, int docId)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(docId, reader.Leaves)];
        return (leaf.AtomicReader, docId - leaf.DocBase);
    }

    /// <summary>Adds the field's terms of <paramref name="query"/>; false for a query type it does not know.</summary>
    private static bool Collect(Query query, string field, List<Term> found)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                return boolean.Clauses.Where(c => !c.IsProhibited).All(c => Collect(c.Query, field, found));
            case DisjunctionMaxQuery best:
                return best.Disjuncts.All(q => Collect(q, field, found));
            case TermQuery term:
                AddIfInField(term.Term, field, found);
                return true;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                {
                    AddIfInField(term, field, found);
                }
                return true;
            case MultiPhraseQuery multi:
                foreach (var term in multi.GetTermArrays().SelectMany(t => t))
                {
                    AddIfInField(term, field, found);
                }
                return true;
            case MatchAllDocsQuery:
                return true;
            default:
                return false;
        }
    }

    private static void AddIfInField(Term term, string field, List<Term> found)
    {
        if (term.Field == field)
        {
            found.Add(term);
        }
    }
}
