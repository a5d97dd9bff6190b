namespace Search.Core.Metadata;

/// <summary>How often one word was seen in lower case, with an initial capital, and all in capitals.</summary>
internal readonly record struct WordCounts(int Lower, int Capitalised, int Capitals)
{
    public int Total => Lower + Capitalised + Capitals;
}
