using System.Text;

namespace Search.Core.Metadata.Tagging;

/// <summary>
/// Reads a CoNLL-style NER file (<c>token&lt;TAB&gt;tag</c> lines, BIO tags, sentences separated by
/// blank lines) into running text with character spans, so the tagger trains on text tokenized
/// exactly as articles are. Tokens are joined the way a news site prints them (no space before
/// , . : ; ) ! ? %, none after "(", hyphens and apostrophes between words joined). Entity types
/// of the two Indonesian sets are folded to one vocabulary: PPL is PERSON, PLC is PLACE and IND
/// (institutions) is ORGANISATION.
/// </summary>
public static class ConllReader
{
    public static List<AnnotatedSentence> Read(string path) =>
        ReadTokens(path).Select(sentence => ToSentence(sentence.Tokens, sentence.Tags)).ToList();

    /// <summary>The sentences as they are in the file: tokens and their tags (a line without a tab is tagged O).</summary>
    public static IEnumerable<(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)> ReadTokens(string path)
    {
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (tokens.Count > 0)
                {
                    yield return (tokens, tags);
                    tokens = [];
                    tags = [];
                }
                continue;
            }

            var tab = line.LastIndexOf('\t');
            tokens.Add(tab < 0 ? line : line[..tab]);
            tags.Add(tab < 0 ? "O" : line[(tab + 1)..].Trim());
        }

        if (tokens.Count > 0)
        {
            yield return (tokens, tags);
        }
    }

    /// <summary>Joins tokens into text and turns their BIO tags into character spans.</summary>
    public static AnnotatedSentence ToSentence(IReadOnlyList<string> tokens, IReadOnlyList<string> tags)
    {
        var (text, starts, ends) = Join(tokens);
        var spans = new List<AnnotatedSpan>();
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i].Length < 3 || (tags[i][0] != 'B' && tags[i][0] != 'I'))
            {
                continue;
            }

            var type = tags[i][2..];
            var end = i + 1;
            while (end < tags.Count && tags[end] == "I-" + type)
            {
                end++;
            }

            spans.Add(new AnnotatedSpan(starts[i], ends[end - 1] - starts[i], Fold(type)));
            i = end - 1;
        }

        return new AnnotatedSentence(text, spans);
    }

    /// <summary>The text and where each token starts and ends in it.</summary>
    public static (string Text, int[] Starts, int[] Ends) Join(IReadOnlyList<string> tokens)
    {
        var text = new StringBuilder();
        var starts = new int[tokens.Count];
        var ends = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && !NoSpaceBefore(tokens, i))
            {
                text.Append(' ');
            }

            starts[i] = text.Length;
            text.Append(tokens[i]);
            ends[i] = text.Length;
        }

        return (text.ToString(), starts, ends);
    }

    private static string Fold(string type) => type switch
    {
        "PPL" => "PERSON",
        "PLC" => "PLACE",
        "IND" => "ORGANISATION",
        _ => type,
    };

    private static bool NoSpaceBefore(IReadOnlyList<string> tokens, int i)
    {
        var token = tokens[i];
        var previous = tokens[i - 1];
        if (token is "," or "." or ":" or ";" or ")" or "!" or "?" or "%" || previous == "(")
        {
            return true;
        }

        var joiner = token is "-" or "'" || previous is "-" or "'";
        return joiner && i + 1 < tokens.Count && IsWord(previous is "-" or "'" ? tokens[i - 2 >= 0 ? i - 2 : 0] : previous)
            && IsWord(token is "-" or "'" ? tokens[i + 1] : token);
    }

    private static bool IsWord(string token) => token.Length > 0 && char.IsLetterOrDigit(token[0]);
}
