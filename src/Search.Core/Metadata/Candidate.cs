namespace Search.Core.Metadata;

/// <summary>
/// A found stretch of tokens <c>[Start, End)</c> and what it is. A person candidate whose evidence
/// <paramref name="Score"/> is below the threshold may still become a person when it repeats part
/// of a person's name found elsewhere in the same article.
/// </summary>
internal readonly record struct Candidate(EntityKind Kind, int Start, int End, int Score)
{
    public bool Settled => Kind != EntityKind.Person || Score >= NameEvidence.PersonThreshold;
}
