namespace Search.Core.Metadata;

/// <summary>What a part of a capitalised run is.</summary>
internal enum SegmentKind
{
    /// <summary>Words that may be a person's name; evidence decides.</summary>
    Name,

    /// <summary>A person the gazetteer or the alias table knows by this exact name.</summary>
    KnownPerson,

    /// <summary>A title, rank or office ("Menteri", "Irjen Pol.").</summary>
    Title,

    Organisation,

    Place,

    /// <summary>A capitalised ordinary word ("Luar", "Negeri", "Kegiatan").</summary>
    Common,

    /// <summary>A lower-case connector between two parts ("dan").</summary>
    Separator,
}

/// <summary>One typed part (tokens <c>[Start, End)</c>) of a capitalised run.</summary>
internal readonly record struct Segment(SegmentKind Kind, int Start, int End);
