using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Indexing;
using IndonesianAnalyzer = Lucene.Net.Analysis.Id.IndonesianAnalyzer;

namespace Search.Evaluation.Retrieval;

/// <summary>
/// The analysis set-ups compared. The baselines and "ours, stemmed field only" index title and
/// body with one analyzer; "ours, stemmed + exact fields" indexes the product's schema, stemmed and
/// exact copies of title and body. Every set-up is searched with every query shape on the same index.
/// </summary>
public static class Contestants
{
    private static readonly string[] TitleAndBody = [IndexSchema.Title, IndexSchema.Body];
    private static readonly string[] ProductFields = [IndexSchema.TitleExact, IndexSchema.Title, IndexSchema.BodyExact, IndexSchema.Body];
    private static readonly QueryShape[] BothShapes = [QueryShape.Best, QueryShape.Summed];

    /// <summary>The hunspell baseline comes first: it is the slowest to index.</summary>
    public static IReadOnlyList<Contestant> Create(TextAnalysis ours, string hunspellDicPath)
    {
        var stemmer = ours.Stemmer ?? throw new InvalidOperationException("Our stemmer needs the hunspell-id lexicon.");
        var productBoosts = new QueryShape(
            "fields added, IndexSchema boosts",
            BestField: false,
            IndexSchema.FullTextFields.ToDictionary(f => f.Field, f => f.Boost));
        return
        [
            new("HunspellStemFilter (hunspell-id)", new HunspellStemAnalyzer(HunspellStemAnalyzer.Load(hunspellDicPath)), TitleAndBody, BothShapes),
            new("no stemming (StandardAnalyzer)", new StandardAnalyzer(LuceneVersion.LUCENE_48, IndonesianAnalyzer.DefaultStopSet), TitleAndBody, BothShapes),
            new("Tala (IndonesianAnalyzer)", new IndonesianAnalyzer(LuceneVersion.LUCENE_48), TitleAndBody, BothShapes),
            new("ours, stemmed field only", new StemmedTextAnalyzer(stemmer), TitleAndBody, BothShapes),
            new("ours, stemmed + exact fields", Product(stemmer), ProductFields, [.. BothShapes, productBoosts]),
        ];
    }

    private static Analyzer Product(IndonesianStemmer stemmer) =>
        new PerFieldAnalyzerWrapper(
            new StemmedTextAnalyzer(stemmer),
            new Dictionary<string, Analyzer>
            {
                [IndexSchema.TitleExact] = new ExactTextAnalyzer(),
                [IndexSchema.BodyExact] = new ExactTextAnalyzer(),
            });
}
