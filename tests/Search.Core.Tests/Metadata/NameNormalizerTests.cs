using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>The name keys that merge spelling variants.</summary>
public sealed class NameNormalizerTests
{
    // A no-break space or a typographic apostrophe sends a name down the Unicode path; the ASCII
    // path must give every ASCII name the key that path gives.
    [Theory]
    [InlineData("Sergey Lavrov")]
    [InlineData("Soeharto")]
    [InlineData("Doedoe Djoedjoe")]
    [InlineData("oee phh tjj djj")]
    [InlineData("Tj'oe Ph'illip")]
    [InlineData("A.B. Kusuma-Atmadja")]
    [InlineData("' Yy yyy")]
    [InlineData("Ooe  Ddj")]
    public void AsciiNamesFoldAsTheUnicodePathFoldsThem(string name)
    {
        Assert.Equal(NameNormalizer.Fold(name + "\u00a0"), NameNormalizer.Fold(name));
        foreach (var word in name.Split(' '))
        {
            Assert.Equal(NameNormalizer.FoldWord(word + "\u2019"), NameNormalizer.FoldWord(word));
        }
    }

    [Theory]
    [InlineData("Tj'oe Ph'illip", "cu filip")]
    [InlineData("' Yy yyy", "y y")]
    [InlineData("Doedoe Djoedjoe", "dudu juju")]
    public void FoldDropsApostrophesAndEmptyWords(string name, string folded)
    {
        Assert.Equal(folded, NameNormalizer.Fold(name));
    }
}
