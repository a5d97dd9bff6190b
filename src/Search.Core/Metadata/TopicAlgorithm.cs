namespace Search.Core.Metadata;

/// <summary>The learning method of a <see cref="TopicModel"/>; every one ends as a linear score per topic.</summary>
public enum TopicAlgorithm
{
    /// <summary>Multinomial naive Bayes over term counts, Laplace-smoothed (McCallum and Nigam, 1998).</summary>
    NaiveBayes,

    /// <summary>Complement naive Bayes with normalised weights (Rennie et al., 2003): each topic learned from every other topic's articles.</summary>
    ComplementNaiveBayes,

    /// <summary>Multinomial logistic (softmax) regression over length-normalised tf-idf, L2-regularised, trained by SGD.</summary>
    LogisticRegression,
}
