using Search.Core.Indexing;
using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The tagger's second stage over whole person spans (<see cref="PersonSpanFilter"/>): what its memory of the labelled
/// sentences holds, that extraction drops and adds spans as its models say, that it survives the tagger's file, and
/// that the trainer fits one when asked. The tagger is trained on sentences written here, as in <see cref="EntityTaggerTests"/>.
/// </summary>
public sealed class PersonSpanFilterTests
{
    private static readonly string[] Names = ["Budi Santoso", "Rina Marlina", "Agus Salim", "Dewi Lestari", "Yoga Pratama", "Sari Wulandari"];

    private static readonly string[] Teams = ["Persija", "Arema", "Persebaya", "Bali United"];

    private static readonly Lazy<EntityTagger> Trained = new(() => new EntityTaggerTrainer(PersonGazetteer.Empty) { Epochs = 8 }.Train(Sentences(), "written in the test"));

    private static readonly int MemoryPerson = Array.IndexOf(PersonSpanFeatures.Names, "memory_person");

    [Fact]
    public void MemoryCountsHowOftenANameWasLabelledAPersonAndHowOftenAnotherEntity()
    {
        var memory = PersonSpanMemory.Learn(
        [
            new AnnotatedSentence("Kemarin Budi Santoso datang ke Bandung.", [new AnnotatedSpan(8, 12, "PERSON"), new AnnotatedSpan(31, 7, "PLACE")]),
            new AnnotatedSentence("La Luna manggung di Bandung.", [new AnnotatedSpan(0, 7, "ORGANISATION"), new AnnotatedSpan(20, 7, "PLACE")]),
        ]);

        Assert.Equal((1, 0), memory.Span(TextTokenizer.Tokenize("Budi Santoso"), 0, 2));
        Assert.Equal((0, 2), memory.Span(TextTokenizer.Tokenize("di Bandung"), 1, 2));
        Assert.Equal((0, 0), memory.Span(TextTokenizer.Tokenize("Budi"), 0, 1));
        Assert.Equal((1, 0), memory.Word("santoso"));
        Assert.Equal((0, 1), memory.Word("luna"));
        Assert.Equal(3, memory.Count);
    }

    [Fact]
    public void ExtractionDropsAPersonSpanTheKeepModelRejects()
    {
        const string text = "Kemarin sore Agus Salim bermain gitar sementara Arema berlatih di lapangan.";
        var rejecting = Trained.Value.WithSpanFilter(new PersonSpanFilter(PersonSpanMemory.Empty, Bias(-30), Bias(-30)));

        Assert.Equal(["Agus Salim"], Persons(new EntityExtractor(PersonGazetteer.Empty, Trained.Value), text));
        Assert.Empty(Persons(new EntityExtractor(PersonGazetteer.Empty, rejecting), text));
    }

    [Fact]
    public void ExtractionAddsARuleGuessTheMemoryKnowsAsAPerson()
    {
        const string text = "Hendra Wijaya mengatakan hal itu.";
        var memory = PersonSpanMemory.Learn([new AnnotatedSentence("Hendra Wijaya datang.", [new AnnotatedSpan(0, 13, "PERSON")])]);
        var add = Bias(-30);
        add[MemoryPerson] = 120;
        var adding = Trained.Value.WithSpanFilter(new PersonSpanFilter(memory, Bias(30), add));

        var forgetting = Trained.Value.WithSpanFilter(new PersonSpanFilter(PersonSpanMemory.Empty, Bias(30), add));

        Assert.Empty(Persons(new EntityExtractor(PersonGazetteer.Empty, Trained.Value), text));
        Assert.Empty(Persons(new EntityExtractor(PersonGazetteer.Empty, forgetting), text));
        Assert.Equal(["Hendra Wijaya"], Persons(new EntityExtractor(PersonGazetteer.Empty, adding), text));
    }

    [Fact]
    public void TaggerWithASecondStageReadBackFromItsFileKeepsIt()
    {
        var keep = Bias(1.5f);
        keep[0] = -0.25f;
        var memory = PersonSpanMemory.Learn(Sentences());
        var tagger = Trained.Value.WithSpanFilter(new PersonSpanFilter(memory, keep, Bias(-2), 0.4f, 0.7f));
        using var stream = new MemoryStream();
        tagger.WriteTo(stream);
        stream.Position = 0;

        var filter = EntityTagger.ReadFrom(stream).SpanFilter;

        Assert.NotNull(filter);
        Assert.Equal(keep, filter.Keep);
        Assert.Equal(Bias(-2), filter.Add);
        Assert.Equal((0.4f, 0.7f), (filter.KeepThreshold, filter.AddThreshold));
        Assert.Equal(10, filter.Memory.Count);
        Assert.Equal((4, 0), filter.Memory.Word("salim"));
    }

    [Fact]
    public void TaggerStoredInTheIndexRootCarriesItsSecondStageIntoArticleExtraction()
    {
        const string body = "Kemarin sore Agus Salim bermain gitar sementara Arema berlatih di lapangan.";
        var root = Path.Combine(Path.GetTempPath(), "span-filter-" + Guid.NewGuid().ToString("N"));
        try
        {
            EntityTaggerStore.Save(Trained.Value.WithSpanFilter(new PersonSpanFilter(PersonSpanMemory.Empty, Bias(-30), Bias(-30))), root);
            var stored = EntityTaggerStore.Load(root);

            Assert.Equal(["Agus Salim"], new EntityExtractor(PersonGazetteer.Empty, Trained.Value).Extract("Latihan", body).Persons.Select(p => p.Name));
            Assert.Empty(new EntityExtractor(PersonGazetteer.Empty, stored).Extract("Latihan", body).Persons);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void TaggerOfTheSecondFileVersionIsReadWithoutASecondStage()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("search-entity-tagger 2");
            writer.Write("version two");
            writer.Write(FeatureHash.Bits);
            writer.Write(3);
            foreach (var tag in new[] { "O", "B-PERSON", "I-PERSON" })
            {
                writer.Write(tag);
            }

            for (var i = 0; i < 12; i++)
            {
                writer.Write(0f);
            }

            WordClusters.Empty.Write(writer);
            writer.Write(0);
        }

        stream.Position = 0;
        var tagger = EntityTagger.ReadFrom(stream);

        Assert.Equal("version two", tagger.Description);
        Assert.Null(tagger.SpanFilter);
    }

    [Fact]
    public void TrainerFitsASecondStageOnlyWhenGivenSpanFolds()
    {
        var sentences = Sentences();

        var alone = new EntityTaggerTrainer(PersonGazetteer.Empty) { Epochs = 4, Restarts = 1 }.Train(sentences, "alone");
        var staged = new EntityTaggerTrainer(PersonGazetteer.Empty) { Epochs = 4, Restarts = 1, SpanFolds = 3 }.Train(sentences, "staged");

        Assert.Null(alone.SpanFilter);
        Assert.NotNull(staged.SpanFilter);
        Assert.Equal(10, staged.SpanFilter.Memory.Count);
        Assert.Equal(["Dewi Lestari"], Persons(new EntityExtractor(PersonGazetteer.Empty, staged), "Minggu lalu Dewi Lestari bermain gitar di rumah."));
    }

    private static float[] Bias(float bias)
    {
        var weights = new float[PersonSpanFeatures.Count + 1];
        weights[^1] = bias;
        return weights;
    }

    private static List<string> Persons(EntityExtractor extractor, string text) =>
        extractor.FindMentions(text).Where(m => m.Kind == EntityKind.Person).Select(m => m.Text).ToList();

    private static List<AnnotatedSentence> Sentences()
    {
        var sentences = new List<AnnotatedSentence>();
        string[] openings = ["Kemarin sore", "Pada malam itu", "Setelah makan siang", "Minggu lalu"];
        foreach (var opening in openings)
        {
            foreach (var name in Names)
            {
                sentences.Add(new AnnotatedSentence($"{opening} {name} bermain gitar di rumah.", [new AnnotatedSpan(opening.Length + 1, name.Length, "PERSON")]));
            }

            foreach (var team in Teams)
            {
                sentences.Add(new AnnotatedSentence($"{opening} {team} berlatih di lapangan.", [new AnnotatedSpan(opening.Length + 1, team.Length, "ORGANISATION")]));
            }
        }

        return sentences;
    }
}
