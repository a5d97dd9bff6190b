using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>
/// Tidies the marks scrapers leave where they cut embedded posts, quotes and links out of a text: a
/// quotation with nothing left inside (<c>"," tulis dia</c>, <c>",",,,</c>), runs of commas where a list
/// of linked names stood (<c>seperti,,,,hingga</c>), and a comma glued between two words where a link
/// was (<c>Presiden,memang</c>). Only punctuation is removed or spaced, never a word, so what is
/// indexed is the same words; readers see sentences instead of residue in snippets and articles.
/// </summary>
internal static partial class EmbedResidue
{
    public static string Tidy(string text)
    {
        // Each expression runs only where a cheap, vectorised substring search says it may match.
        var tidied = text;
        if (HoldsAny(tidied, "\",", "\".", "\" ,", "\" .", "“,", "“."))
        {
            tidied = EmptyQuotation().Replace(tidied, string.Empty);
        }
        if (HoldsAny(tidied, ",,", ", ,"))
        {
            tidied = CommaRun().Replace(tidied, ", ");
        }
        tidied = GluedComma().Replace(tidied, ", ");
        if (HoldsAny(tidied, ",."))
        {
            tidied = CommaBeforeStop().Replace(tidied, ".");
        }
        if (HoldsAny(tidied, " ,", " ."))
        {
            tidied = SpaceBeforePunctuation().Replace(tidied, string.Empty);
        }
        if (HoldsAny(tidied, "  ", "\t"))
        {
            tidied = SpaceRun().Replace(tidied, " ");
        }
        if (HoldsAny(tidied, " \n", "\n ", " \r"))
        {
            tidied = LineEdgeSpace().Replace(tidied, string.Empty);
        }
        return tidied;
    }

    private static bool HoldsAny(string text, params ReadOnlySpan<string> parts)
    {
        foreach (var part in parts)
        {
            if (text.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// An opening quote (at the start, after a space or a comma) and a closing quote (not followed by a
    /// letter or digit) with only commas, full stops and spaces between them, and the commas and full
    /// stops stuck to it. <c>"Sky", "My</c> is not one: its quotes are glued to words.
    /// </summary>
    [GeneratedRegex(@"[""“](?<=(?:^|[\s,]).)[ ,.]*[,.][ ,.]*[""”](?![\p{L}\p{N}])[,.]*", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyQuotation();

    [GeneratedRegex(@",(?: *,)+ *", RegexOptions.CultureInvariant)]
    private static partial Regex CommaRun();

    /// <summary>A comma between two letters; between digits it is a decimal comma (1,5 persen) and stays.</summary>
    [GeneratedRegex(@",(?<=\p{L},)(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex GluedComma();

    /// <summary>A comma left just before a full stop ("rumah tangga dan,." → "rumah tangga dan.").</summary>
    [GeneratedRegex(@",+\.", RegexOptions.CultureInvariant)]
    private static partial Regex CommaBeforeStop();

    /// <summary>The space a removal left before a comma or full stop ("tulisnya ." → "tulisnya.").</summary>
    [GeneratedRegex(@" +(?=[,.](?:\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"[ \t]{2,}|\t", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceRun();

    [GeneratedRegex(@"(?m)^[ \t]+|[ \t]+$", RegexOptions.CultureInvariant)]
    private static partial Regex LineEdgeSpace();
}
