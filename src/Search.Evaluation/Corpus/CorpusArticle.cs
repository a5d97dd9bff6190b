namespace Search.Evaluation.Corpus;

/// <summary>The parts of a news article the evaluation indexes: its id, headline and text.</summary>
public sealed record CorpusArticle(string Id, string Title, string Body);
