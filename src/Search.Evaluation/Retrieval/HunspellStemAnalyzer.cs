using System.Collections.Concurrent;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using IndonesianAnalyzer = Lucene.Net.Analysis.Id.IndonesianAnalyzer;

namespace Search.Evaluation.Retrieval;

/// <summary>
/// The hunspell baseline: StandardTokenizer → LowerCaseFilter → Indonesian stop words →
/// Lucene's HunspellStemFilter over hunspell-id (every stem the affix rules allow; the word
/// itself when there is none). Stems are computed once per distinct term.
/// </summary>
public sealed class HunspellStemAnalyzer : Analyzer
{
    private readonly ConcurrentDictionary<string, string[]> _stems = new(StringComparer.Ordinal);
    private readonly Analyzer _oneTerm;

    public HunspellStemAnalyzer(Dictionary dictionary) =>
        _oneTerm = NewAnonymous((_, reader) =>
        {
            var source = new KeywordTokenizer(reader);
            return new TokenStreamComponents(source, new HunspellStemFilter(source, dictionary));
        });

    /// <summary>
    /// Loads hunspell-id. Lucene's affix parser does not accept trailing "# comments" on rule lines,
    /// which id_ID.aff has, so they are stripped; the file's ISO-8859-1 is read through the code-page provider.
    /// </summary>
    public static Dictionary Load(string dicPath)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var affPath = Path.ChangeExtension(dicPath, ".aff");
        var latin1 = Encoding.GetEncoding("ISO-8859-1");
        var lines = File.ReadLines(affPath, latin1).Select(StripTrailingComment);
        using var aff = new MemoryStream(latin1.GetBytes(string.Join('\n', lines) + "\n"));
        using var dic = File.OpenRead(dicPath);
        return new Dictionary(aff, dic);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream result = new LowerCaseFilter(LuceneVersion.LUCENE_48, source);
        result = new StopFilter(LuceneVersion.LUCENE_48, result, IndonesianAnalyzer.DefaultStopSet);
        result = new CachedStemsFilter(result, term => _stems.GetOrAdd(term, StemsOf));
        return new TokenStreamComponents(source, result);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _oneTerm.Dispose();
        }

        base.Dispose(disposing);
    }

    private string[] StemsOf(string term)
    {
        var stems = new List<string>();
        using var stream = _oneTerm.GetTokenStream("term", term);
        var text = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            stems.Add(text.ToString());
        }

        stream.End();
        return stems.Count == 0 ? [term] : [.. stems];
    }

    private static string StripTrailingComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash > 0 && char.IsWhiteSpace(line[hash - 1]) ? line[..hash].TrimEnd() : line;
    }
}
