using Search.Core.Metadata;
using Search.Core.Metadata.Tagging;

namespace Search.MetadataEval;

/// <summary>How the NER evaluation trains its tagger.</summary>
/// <param name="Train">The sets whose labelled sentences the tagger learns from: "nergrit", "nerp", "both", or "none" for the rules alone.</param>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Types">The entity types it learns (PERSON alone, or with ORGANISATION and PLACE).</param>
/// <param name="Clusters">Fine word clusters learned from the news corpus for its features (the coarse ones are an eighth as many); 0 for none.</param>
/// <param name="CaseWeights">Whether cased and truecased sentences train weights of their own beside the shared ones.</param>
/// <param name="Folds">When above 1, NERGrit train is cross-validated in that many folds instead of scoring valid and test.</param>
/// <param name="ShowErrors">Sentences with errors printed; under cross-validation, spread over the folds.</param>
internal sealed record NerTraining(string Train, int Epochs, string[] Types, int Clusters, bool CaseWeights, int Folds, int ShowErrors)
{
    /// <summary>Seed of the perceptrons' shuffles (the trainer's default unless given).</summary>
    public int Seed { get; init; } = 17;

    /// <summary>Folds for the second stage over person spans (see EntityTaggerTrainer.SpanFolds); 0 for the tagger alone.</summary>
    public int SpanFolds { get; init; } = 5;

    public bool Uses(string folder) => Train == "both" || folder.EndsWith(Train, StringComparison.Ordinal);

    public EntityTaggerTrainer Trainer(PersonGazetteer gazetteer, WordClusters clusters) => new(gazetteer)
    {
        Epochs = Epochs,
        Types = Types.ToHashSet(StringComparer.Ordinal),
        Clusters = clusters,
        CaseWeights = CaseWeights,
        Seed = Seed,
        SpanFolds = SpanFolds,
    };
}
