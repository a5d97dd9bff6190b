namespace Search.Core.Metadata;

/// <summary>One word or punctuation mark of a text, with where it sits.</summary>
/// <param name="Text">The characters as written.</param>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="IsWord">A run of letters or digits (with inner apostrophes), not punctuation.</param>
/// <param name="SpaceBefore">Whitespace separates it from the previous token.</param>
/// <param name="SentenceStart">The first word of a sentence, line or quotation.</param>
internal readonly record struct TextToken(string Text, int Start, bool IsWord, bool SpaceBefore, bool SentenceStart)
{
    public int End => Start + Text.Length;

    /// <summary>Starts with an upper-case letter.</summary>
    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    /// <summary>Two or more letters, all upper case ("NATO", "DPR").</summary>
    public bool IsAllCaps
    {
        get
        {
            if (!IsWord || Text.Length < 2)
            {
                return false;
            }

            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters += char.IsLetter(c) ? 1 : 0;
            }

            return letters >= 2;
        }
    }

    /// <summary>Contains no upper-case letter.</summary>
    public bool IsLowerCase
    {
        get
        {
            if (!IsWord)
            {
                return false;
            }

            foreach (var c in Text)
            {
                if (char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The case-folded form used for look-ups, computed once.</summary>
    public string Key { get; } = Text.ToLowerInvariant();
}
