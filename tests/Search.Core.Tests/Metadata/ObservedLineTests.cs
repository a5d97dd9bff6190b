using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The learning pass segments only the runs that can hold a place or an organisation: every kind of run that
/// can (a listed place or organisation, a cue, an organisation suffix, an office named for its territory, an
/// acronym) still gives its names, and runs that cannot give nothing.
/// </summary>
public sealed class ObservedLineTests
{
    [Fact]
    public void EveryKindOfPlaceOrOrganisationRunStillTeachesItsNames()
    {
        var line = Single(
            "Warga Jalan Gatot Subroto dan mahasiswa Universitas Diponegoro menonton laga Sriwijaya FC, "
            + "lalu Bupati Ngada dan pegawai KPK bertemu di Surabaya, kata Budi Santoso kepada Kompas.");

        var (dedications, others) = OtherNames(line);

        Assert.Equal(["Gatot Subroto", "Diponegoro"], dedications);
        Assert.Equal(
            ["Jalan Gatot Subroto", "Universitas Diponegoro", "Sriwijaya FC", "Ngada", "KPK", "Surabaya", "Kompas"],
            others);
    }

    [Fact]
    public void RunsOfPersonsAndSentenceStartsTeachNothing()
    {
        var line = Single("Dia mengatakan Budi Santoso dan Sergei Lavrov tiba kemarin. Namun Joko Widodo belum datang.");

        var (dedications, others) = OtherNames(line);

        Assert.Equal(3, line.Runs.Count);
        Assert.Empty(dedications);
        Assert.Empty(others);
    }

    private static ObservedLine Single(string text) => Assert.Single(ObservedLine.Read(text, MetadataLexicon.Default));

    /// <summary>The names after cues, and the capitalised words of each place or organisation found, joined by spaces.</summary>
    private static (List<string> Dedications, List<string> Others) OtherNames(ObservedLine line)
    {
        var segmenter = new RunSegmenter(MetadataLexicon.Default, PersonGazetteer.Empty);
        line.FindOtherNames(segmenter, new Dictionary<string, List<string>>(StringComparer.Ordinal));
        var others = new List<string>();
        foreach (var run in line.Runs)
        {
            foreach (var segment in segmenter.Split(line.Tokens, run))
            {
                if (segment.Kind is SegmentKind.Place or SegmentKind.Organisation)
                {
                    others.Add(string.Join(' ', PersonGazetteerBuilder.NameWords(line.Tokens, segment.Start, segment.End)));
                }
            }
        }

        Assert.Equal(others.Count(o => !o.Split(' ').All(PhraseSet.IsAllCaps)), line.OtherNameFeatures.Count);
        return (line.Dedications, others);
    }
}
