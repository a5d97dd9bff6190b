namespace Search.Core.Metadata;

/// <summary>A person the gazetteer learned: the spelling used most, every spelling seen, and how often it was seen with a cue.</summary>
internal sealed record KnownPerson(string Canonical, IReadOnlyList<string> Spellings, int CuedMentions);
