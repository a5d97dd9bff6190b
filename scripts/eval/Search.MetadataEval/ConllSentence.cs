namespace Search.MetadataEval;

/// <summary>One sentence of a CoNLL-style NER file: tokens and their BIO tags.</summary>
internal sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)
{
    /// <summary>Reads <c>token&lt;TAB&gt;tag</c> lines, sentences separated by blank lines.</summary>
    public static List<ConllSentence> Read(string path)
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            var tab = line.LastIndexOf('\t');
            tokens.Add(tab < 0 ? line : line[..tab]);
            tags.Add(tab < 0 ? "O" : line[(tab + 1)..].Trim());
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence(tokens.ToList(), tags.ToList()));
                tokens.Clear();
                tags.Clear();
            }
        }
    }

    /// <summary>The token spans <c>[start, end)</c> tagged with <paramref name="type"/>.</summary>
    public IEnumerable<(int Start, int End)> Spans(string type)
    {
        for (var i = 0; i < Tags.Count; i++)
        {
            if (Tags[i] == "B-" + type || (Tags[i] == "I-" + type && (i == 0 || !Tags[i - 1].EndsWith(type, StringComparison.Ordinal))))
            {
                var end = i + 1;
                while (end < Tags.Count && Tags[end] == "I-" + type)
                {
                    end++;
                }

                yield return (i, end);
                i = end - 1;
            }
        }
    }
}
