namespace Search.Core.Metadata;

/// <summary>What decided an article's topic.</summary>
public enum TopicBasis
{
    /// <summary>The source's section label, through the topic map.</summary>
    Label,

    /// <summary>A broad section label ("News", "tajuk utama") narrowed by the article's words.</summary>
    RefinedLabel,

    /// <summary>The article's words alone, through the keyword lists: the label was missing or unknown and no model was trained.</summary>
    Text,

    /// <summary>The article's words alone, through the trained topic model: the label was missing or unknown.</summary>
    Model,
}
