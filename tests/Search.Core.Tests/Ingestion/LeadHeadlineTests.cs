using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

public sealed class LeadHeadlineTests
{
    [Theory]
    [InlineData("Inter ditahan imbang Crotone. Gol penyeimbang datang di menit akhir.", "Inter ditahan imbang Crotone")]
    [InlineData("Satu baris saja.\n\nParagraf kedua.", "Satu baris saja")]
    [InlineData("  \n ", null)]
    public void LeadSentenceBecomesTheHeadline(string body, string? expected)
    {
        Assert.Equal(expected, LeadHeadline.From(body));
    }

    [Fact]
    public void LongLeadIsCutAtAWordBoundaryWithAnEllipsis()
    {
        var body = string.Join(' ', Enumerable.Repeat("kalimat", 30));

        var headline = LeadHeadline.From(body);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("kalimat", 12)) + "…", headline);
    }
}
