using System.Globalization;
using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.MetadataEval;

/// <summary>
/// Person F1 on NERGrit train by k-fold cross-validation: each fold is tagged by a tagger trained on
/// the other folds (and NERP train, when the training uses it). NERGrit valid holds 213 persons, so one
/// person found or lost moves its F1 by about 0.005; train holds 1,618, a steadier ground for
/// choosing between two versions of the tagger, and a larger sample of its errors. Valid and test are not touched.
/// </summary>
internal static class NerCrossValidation
{
    public static void Run(List<ConllSentence> nergrit, List<AnnotatedSentence> nerp, PersonGazetteer gazetteer, WordClusters clusters, NerTraining training)
    {
        var total = new SpanScore();
        Console.WriteLine("| fold | gold | found | correct | precision | recall | F1 |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        for (var fold = 0; fold < training.Folds; fold++)
        {
            var held = nergrit.Where((_, i) => i % training.Folds == fold).ToList();
            var sentences = nergrit.Where((_, i) => i % training.Folds != fold)
                .Select(s => ConllReader.ToSentence(s.Tokens, s.Tags))
                .Concat(training.Uses("indonlu-nerp") ? nerp : [])
                .ToList();
            var tagger = training.Trainer(gazetteer, clusters).Train(sentences, $"fold {fold}");
            var score = NerEvaluation.Score(new EntityExtractor(gazetteer, tagger), held, "PERSON", training.ShowErrors / training.Folds);
            total.Add(score.Gold, score.Found, score.Correct);
            Console.WriteLine(Row((fold + 1).ToString(CultureInfo.InvariantCulture), score));
        }

        Console.WriteLine(Row("all", total));
    }

    private static string Row(string fold, SpanScore score) => string.Create(CultureInfo.InvariantCulture,
        $"| {fold} | {score.Gold} | {score.Found} | {score.Correct} | {score.Precision:0.000} | {score.Recall:0.000} | {score.F1:0.000} |");
}
