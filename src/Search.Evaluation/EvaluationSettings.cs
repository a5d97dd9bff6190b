namespace Search.Evaluation;

/// <summary>Where the evaluation reads its data.</summary>
/// <param name="CorpusPath">The shared news corpus folder (JSON Lines files, searched recursively).</param>
/// <param name="LexiconPath">The hunspell-id <c>.dic</c> our stemmer and the hunspell baseline use.</param>
/// <param name="ReferenceRootsPath">kata-dasar.txt: evaluation-only root list, never shipped.</param>
public sealed record EvaluationSettings(string CorpusPath, string LexiconPath, string ReferenceRootsPath);
