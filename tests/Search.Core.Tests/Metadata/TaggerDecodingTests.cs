using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The mechanics under the tagger that must not change what it finds: the packed weight table a trained
/// model decodes with, and the per-thread buffers each line is tagged in.
/// </summary>
public sealed class TaggerDecodingTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void FrozenModelDecodesEveryLineToTheTagsOfTheFullWeightTable(int tagCount)
    {
        var random = new Random(7);
        string[] tags = ["O", .. Enumerable.Range(0, tagCount - 1).Select(i => (i % 2 == 0 ? "B-" : "I-") + "T" + (i / 2))];
        var weights = new float[FeatureHash.Rows * SequenceModel.Blocks * tagCount];
        var used = Enumerable.Range(0, 400).Select(_ => random.Next(FeatureHash.Rows)).ToArray();
        foreach (var row in used)
        {
            for (var k = 0; k < SequenceModel.Blocks * tagCount; k++)
            {
                weights[row * SequenceModel.Blocks * tagCount + k] = (float)(random.NextDouble() * 4 - 2);
            }
        }

        var transitions = Enumerable.Range(0, (tagCount + 1) * tagCount).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var full = new SequenceModel(tags, weights, transitions);
        var frozen = new SequenceModel(tags, (float[])weights.Clone(), transitions).Freeze();
        var decoded = 0;
        for (var line = 0; line < 200; line++)
        {
            var n = random.Next(1, 30);
            var offsets = Enumerable.Range(0, n + 1).Select(i => i * 6).ToArray();
            var rows = Enumerable.Range(0, n * 6).Select(_ => used[random.Next(used.Length)]).ToArray();
            foreach (var truecased in new[] { false, true })
            {
                var expected = full.Decode(rows, offsets, truecased);
                Assert.Equal(expected, frozen.Decode(rows, offsets, truecased));
                decoded += expected.Count(t => t != 0);
            }
        }

        Assert.True(decoded > 100, "the random weights put most tokens inside entities, so a wrong table would show");
    }

    [Fact]
    public void LineTaggedAfterALongerLineOnTheSameThreadGetsTheSpansItGetsAlone()
    {
        var tagger = new EntityTaggerTrainer(PersonGazetteer.Empty) { Epochs = 8 }.Train(
            [
                .. new[] { "Budi Santoso", "Rina Marlina", "Agus Salim", "Dewi Lestari" }.Select(name => new AnnotatedSentence(
                    $"Kemarin sore {name} bermain gitar di rumah.", [new AnnotatedSpan(13, name.Length, "PERSON")])),
                .. new[] { "Persija", "Arema" }.Select(team => new AnnotatedSentence(
                    $"Kemarin sore {team} berlatih di lapangan.", [new AnnotatedSpan(13, team.Length, "ORGANISATION")])),
            ],
            "written in the test");
        const string shortLine = "Kemarin sore Agus Salim bermain gitar.";
        var longLine = string.Join(' ', Enumerable.Repeat("Kemarin sore Dewi Lestari bermain gitar sementara Persija Arema berlatih di lapangan Budi Santoso.", 12));
        List<EntityMention>? first = null;
        var thread = new Thread(() =>
        {
            first = new EntityExtractor(PersonGazetteer.Empty, tagger).FindMentions(shortLine).ToList();
        });
        thread.Start();
        thread.Join();
        var extractor = new EntityExtractor(PersonGazetteer.Empty, tagger);
        var longMentions = extractor.FindMentions(longLine);
        var afterLong = extractor.FindMentions(shortLine).ToList();

        Assert.Equal(["Agus Salim"], first!.Where(m => m.Kind == EntityKind.Person).Select(m => m.Text));
        Assert.Equal(first, afterLong);
        Assert.Equal(12, longMentions.Count(m => m.Text == "Dewi Lestari"));
    }
}
