using Lucene.Net.Index;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Spans;

namespace Search.Core.Searching;

/// <summary>
/// The highlighter's span-term extractor, reading phrase positions from the index instead of indexing
/// the text again in memory. Lucene's extractor builds a MemoryIndex from the re-analysed text for every
/// phrase (and sloppy proximity) clause of every highlighted document; the document's own postings hold
/// the same positions, since it was indexed from the same text with the same analyzer. Only the spans
/// of this one document are read, by skipping to it. Clauses whose terms are not in the highlighted
/// field add nothing either way and are skipped; anything unusual goes to Lucene's own path.
/// </summary>
internal sealed class IndexedSpanExtractor(AtomicReaderContext leaf, int localDoc) : WeightedSpanTermExtractor
{
    protected override void ExtractWeightedSpanTerms(IDictionary<string, WeightedSpanTerm> terms, SpanQuery spanQuery)
    {
        if (MustRewriteQuery(spanQuery))
        {
            base.ExtractWeightedSpanTerms(terms, spanQuery);
            return;
        }
        var queryTerms = new HashSet<Term>();
        spanQuery.ExtractTerms(queryTerms);
        var highlighted = queryTerms.Where(t => FieldNameComparer(t.Field)).ToList();
        if (highlighted.Count == 0)
        {
            return;
        }

        // Lucene evaluates the span query once per field name; with a field given that is this one field.
        var positions = new List<PositionSpan>();
        var spans = spanQuery.GetSpans(leaf, leaf.AtomicReader.LiveDocs, new Dictionary<Term, TermContext>());
        if (spans.SkipTo(localDoc) && spans.Doc == localDoc)
        {
            do
            {
                positions.Add(new PositionSpan(spans.Start, spans.End - 1));
            }
            while (spans.MoveNext() && spans.Doc == localDoc);
        }
        if (positions.Count == 0)
        {
            return;
        }
        foreach (var term in highlighted)
        {
            if (!terms.TryGetValue(term.Text, out var weighted) || weighted is null)
            {
                weighted = new WeightedSpanTerm(spanQuery.Boost, term.Text);
                weighted.AddPositionSpans(positions);
                weighted.IsPositionSensitive = true;
                terms[term.Text] = weighted;
            }
            else
            {
                weighted.AddPositionSpans(positions);
            }
        }
    }
}
