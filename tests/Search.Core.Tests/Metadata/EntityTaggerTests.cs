using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The tagger trained on sentences written here: a name in "X bermain gitar" is a person, the
/// same pattern with a team is not. Small enough to train in milliseconds, clear enough to learn.
/// </summary>
public sealed class EntityTaggerTests
{
    private static readonly string[] Names = ["Budi Santoso", "Rina Marlina", "Agus Salim", "Dewi Lestari", "Yoga Pratama", "Sari Wulandari"];

    private static readonly string[] Teams = ["Persija", "Arema", "Persebaya", "Bali United"];

    private static readonly Lazy<EntityTagger> Trained = new(() => new EntityTaggerTrainer(PersonGazetteer.Empty) { Epochs = 8 }.Train(Sentences(), "written in the test"));

    [Fact]
    public void TaggerMarksTheNamesItWasTaughtAsPersonsAndTheTeamsAsNot()
    {
        var extractor = new EntityExtractor(PersonGazetteer.Empty, Trained.Value);

        var mentions = extractor.FindMentions("Kemarin sore Agus Salim bermain gitar sementara Arema berlatih di lapangan.");

        Assert.Equal(["Agus Salim"], mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Text));
    }

    [Fact]
    public void TaggerReadBackFromItsFileTagsExactlyAsBefore()
    {
        using var stream = new MemoryStream();
        Trained.Value.WriteTo(stream);
        stream.Position = 0;
        var copy = EntityTagger.ReadFrom(stream);
        const string text = "Kemarin sore Dewi Lestari bermain gitar sementara Yoga Pratama menonton.";

        Assert.Equal(new EntityExtractor(PersonGazetteer.Empty, Trained.Value).FindMentions(text), new EntityExtractor(PersonGazetteer.Empty, copy).FindMentions(text));
        Assert.Equal(Trained.Value.Tags, copy.Tags);
        Assert.Equal("written in the test", copy.Description);
    }

    [Fact]
    public void TaggerOfTheFirstFileVersionIsReadWithItsWeightsShared()
    {
        const int row = 4242;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("search-entity-tagger 1");
            writer.Write("version one");
            writer.Write(20);
            writer.Write(3);
            foreach (var tag in new[] { "O", "B-PERSON", "I-PERSON" })
            {
                writer.Write(tag);
            }

            for (var i = 0; i < 12; i++)
            {
                writer.Write(0f);
            }

            writer.Write(1);
            writer.Write(row);
            writer.Write(0f);
            writer.Write(5f);
            writer.Write(0f);
        }

        stream.Position = 0;
        var tagger = EntityTagger.ReadFrom(stream);

        Assert.Equal("version one", tagger.Description);
        Assert.Equal(["O", "B-PERSON", "I-PERSON"], tagger.Tags);
        Assert.Equal(0, tagger.Clusters.Count);
        Assert.Equal([0f, 5f, 0f, 0f, 0f, 0f, 0f, 0f, 0f], tagger.Model.Weights.AsSpan(row * 9, 9).ToArray());
    }

    [Fact]
    public void ReadingAFileThatIsNoTaggerFailsWithInvalidData()
    {
        using var stream = new MemoryStream("search-person-gazetteer 1\n"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => EntityTagger.ReadFrom(stream));
    }

    [Fact]
    public void ConllReaderJoinsTokensAsPrintedAndFoldsNerpTypes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"conll-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, ["kata\tO", "budi\tB-PPL", "santoso\tI-PPL", ",\tO", "warga\tO", "bogor\tB-PLC", ".\tO", "", "Halo\tO"]);
        try
        {
            var sentences = ConllReader.Read(path);

            Assert.Equal(["kata budi santoso, warga bogor.", "Halo"], sentences.Select(s => s.Text));
            Assert.Equal([new AnnotatedSpan(5, 12, "PERSON"), new AnnotatedSpan(25, 5, "PLACE")], sentences[0].Spans);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<AnnotatedSentence> Sentences()
    {
        var sentences = new List<AnnotatedSentence>();
        string[] openings = ["Kemarin sore", "Pada malam itu", "Setelah makan siang", "Minggu lalu"];
        foreach (var opening in openings)
        {
            foreach (var name in Names)
            {
                var text = $"{opening} {name} bermain gitar di rumah.";
                sentences.Add(new AnnotatedSentence(text, [new AnnotatedSpan(opening.Length + 1, name.Length, "PERSON")]));
            }

            foreach (var team in Teams)
            {
                var text = $"{opening} {team} berlatih di lapangan.";
                sentences.Add(new AnnotatedSentence(text, [new AnnotatedSpan(opening.Length + 1, team.Length, "ORGANISATION")]));
            }
        }

        return sentences;
    }
}
