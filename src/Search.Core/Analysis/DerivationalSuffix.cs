namespace Search.Core.Analysis;

/// <summary>The derivational suffix removed before the prefixes, if any.</summary>
internal enum DerivationalSuffix
{
    None,
    I,
    Kan,
    An,
}
