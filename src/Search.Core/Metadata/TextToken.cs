namespace Search.Core.Metadata;

/// <summary>One word or punctuation mark of a text, with where it sits.</summary>
internal readonly record struct TextToken
{
    public TextToken(string text, int start, bool isWord, bool spaceBefore, bool sentenceStart)
        : this(text, text.ToLowerInvariant(), start, isWord, spaceBefore, sentenceStart)
    {
    }

    /// <summary>A token whose look-up form is already made (<paramref name="key"/> is <c>text.ToLowerInvariant()</c>): the tokenizer's words come from a <see cref="WordPool"/>.</summary>
    public TextToken(string text, string key, int start, bool isWord, bool spaceBefore, bool sentenceStart)
    {
        Text = text;
        Key = key;
        Start = start;
        IsWord = isWord;
        SpaceBefore = spaceBefore;
        SentenceStart = sentenceStart;
    }

    /// <summary>The characters as written.</summary>
    public string Text { get; }

    /// <summary>Offset of the first character in the text.</summary>
    public int Start { get; }

    /// <summary>A run of letters or digits (with inner apostrophes), not punctuation.</summary>
    public bool IsWord { get; }

    /// <summary>Whitespace separates it from the previous token.</summary>
    public bool SpaceBefore { get; }

    /// <summary>The first word of a sentence, line or quotation.</summary>
    public bool SentenceStart { get; }

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
    public string Key { get; }
}
