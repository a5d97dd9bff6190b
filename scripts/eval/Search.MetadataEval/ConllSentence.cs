using Search.Core.Metadata.Tagging;

namespace Search.MetadataEval;

/// <summary>One sentence of a CoNLL-style NER file: tokens and their BIO tags.</summary>
internal sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)
{
    /// <summary>Reads <c>token&lt;TAB&gt;tag</c> lines, sentences separated by blank lines (the tagger's own reader).</summary>
    public static List<ConllSentence> Read(string path) =>
        ConllReader.ReadTokens(path).Select(sentence => new ConllSentence(sentence.Tokens, sentence.Tags)).ToList();

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
