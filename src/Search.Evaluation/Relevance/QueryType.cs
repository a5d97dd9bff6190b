namespace Search.Evaluation.Relevance;

/// <summary>The kinds of known-item query a reader types for an article.</summary>
public enum QueryType
{
    /// <summary>(a) The headline.</summary>
    Title,

    /// <summary>(b) Three to five salient words of the text.</summary>
    Salient,

    /// <summary>(c) The same words with other affixes of their roots, or reduplicated.</summary>
    OtherForms,

    /// <summary>(d) A person named in the text and a topic word.</summary>
    PersonTopic,
}
