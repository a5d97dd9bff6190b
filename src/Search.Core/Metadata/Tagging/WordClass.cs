namespace Search.Core.Metadata.Tagging;

/// <summary>
/// What the lexicons, the learned gazetteer and the archive's case statistics say about one token,
/// as bits: the per-token facts the tagger's features are made of.
/// </summary>
[Flags]
internal enum WordClass
{
    None = 0,
    InTitle = 1 << 0,
    AfterTitle = 1 << 1,
    InPlace = 1 << 2,
    InOrganisation = 1 << 3,
    GivenName = 1 << 4,
    OrgCue = 1 << 5,
    PlaceCue = 1 << 6,
    ReportingVerb = 1 << 7,
    NameParticle = 1 << 8,
    NotName = 1 << 9,
    PostNominal = 1 << 10,
    RoleNoun = 1 << 11,
    CommonWord = 1 << 12,
    KnownName = 1 << 13,
    Alias = 1 << 14,
    PersonWord = 1 << 15,
    PlaceContext = 1 << 16,
    Honorific = 1 << 17,
    OrgSuffix = 1 << 18,
    Dedication = 1 << 19,
}
