using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The tokenizer reads lines in place (no copy of each line) and takes its words from a per-thread pool:
/// the tokens must be those of the line copied out and tokenized fresh.
/// </summary>
public sealed class TokenizerPoolingTests
{
    private const string Text = "Menlu Rusia Sergei Lavrov kata \"Kami siap.\"\nPresiden Joko Widodo bertemu Prof. Dr. M. Nuh di Jakarta.\n\n(FJR)\n\"Ya,\" ujar Budi.";

    [Fact]
    public void LineTokenizedInPlaceGetsTheTokensOfTheLineCopiedOut()
    {
        var second = Text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var end = Text.IndexOf('\n', second);

        var inPlace = TextTokenizer.Tokenize(Text, second, end);
        var copied = TextTokenizer.Tokenize(Text[second..end]);

        Assert.Equal(copied, inPlace);
        Assert.Equal(["Presiden", "Joko", "Widodo", "bertemu", "Prof", ".", "Dr", ".", "M", ".", "Nuh", "di", "Jakarta", "."], inPlace.Select(t => t.Text));
        Assert.Equal(0, inPlace[0].Start);
        Assert.Equal([true, false, false, false, false, false, false, false, false, false, false, false, false, false], inPlace.Select(t => t.SentenceStart));
    }

    [Fact]
    public void QuoteAtTheStartOfALineInPlaceOpensAQuotationAsInACopiedLine()
    {
        var last = Text.LastIndexOf('\n') + 1;

        var lines = TextLines.Split(Text).ToList();

        Assert.Equal(["\"", "Ya", ",", "\"", "ujar", "Budi", "."], lines[^1].Tokens.Select(t => t.Text));
        Assert.Equal(last, lines[^1].Offset);
        Assert.Equal(TextTokenizer.Tokenize(Text[last..]), lines[^1].Tokens);
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void WordMetAgainIsTheSameStringWithItsLowerCaseForm()
    {
        // On a thread of its own, so that the pool is fresh (not emptied between the two lines).
        IReadOnlyList<TextToken> first = [], again = [];
        var thread = new Thread(() => (first, again) = (TextTokenizer.Tokenize("Jakarta dan jakarta"), TextTokenizer.Tokenize("Di Jakarta")));
        thread.Start();
        thread.Join();

        Assert.Same(first[0].Text, again[1].Text);
        Assert.Equal("jakarta", first[0].Key);
        Assert.Same(first[0].Key, first[2].Text);
        Assert.Same(first[2].Text, first[2].Key);
    }

    [Fact]
    public void FullPoolIsEmptiedAndStillGivesEachWordItsLowerCaseForm()
    {
        // On a thread of its own: the pool starts empty and no other line touches it.
        var (text, key, before, after) = (string.Empty, string.Empty, 0, 0);
        var thread = new Thread(() =>
        {
            var pool = WordPool.Current;
            for (var i = 0; pool.Count < WordPool.Capacity; i++)
            {
                pool.Of(("Kata" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).AsSpan());
            }

            before = pool.Count;
            (text, key) = pool.Of("Ibukota".AsSpan());
            after = pool.Count;
        });
        thread.Start();
        thread.Join();

        Assert.Equal(("Ibukota", "ibukota"), (text, key));
        Assert.True(before >= WordPool.Capacity, $"the pool should have been full, but held {before}");
        Assert.Equal(2, after);
    }

    [Fact]
    public void CurlyQuotesAndDashesMetAgainAreTheSameStringWithTheirLowerCaseForm()
    {
        var tokens = TextTokenizer.Tokenize("\u201cYa\u201d \u2014 kata Budi. \u201cTidak\u201d \u2014 kata Ani \u216b.");

        Assert.Equal(["\u201c", "Ya", "\u201d", "\u2014", "kata", "Budi", ".", "\u201c", "Tidak", "\u201d", "\u2014", "kata", "Ani", "\u216b", "."], tokens.Select(t => t.Text));
        Assert.Same(tokens[0].Text, tokens[7].Text);
        Assert.Same(tokens[3].Text, tokens[10].Text);
        Assert.Equal("\u2014", tokens[3].Key);
        Assert.Equal("\u217b", tokens[13].Key);
        Assert.False(tokens[13].IsWord);
    }

    [Fact]
    public void ArticleExtractedAfterOthersOnTheSameThreadGetsTheMentionsItGetsAlone()
    {
        const string first = "Menlu Rusia Sergei Lavrov bertemu Presiden Joko Widodo di Jakarta, kata juru bicara Kementerian Luar Negeri.";
        var longer = string.Join('\n', Enumerable.Repeat("Gubernur Jawa Barat Ridwan Kamil meninjau banjir di Bandung bersama Bupati Dadang Supriatna.", 40));
        List<EntityMention> alone = [];
        var thread = new Thread(() => alone = [.. new EntityExtractor().FindMentions(first)]);
        thread.Start();
        thread.Join();
        var extractor = new EntityExtractor();

        var longMentions = extractor.FindMentions(longer);
        var again = extractor.FindMentions(first);

        Assert.Equal(alone, again);
        Assert.Contains(again, m => m.Kind == EntityKind.Person && m.Text == "Sergei Lavrov");
        Assert.Equal(40, longMentions.Count(m => m.Text == "Ridwan Kamil"));
        Assert.Equal(0, TokenLists.Current.Lent);
    }
}
