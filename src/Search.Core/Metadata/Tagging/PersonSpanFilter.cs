namespace Search.Core.Metadata.Tagging;

/// <summary>
/// The second stage of person tagging: two logistic regressions over a whole span's features (<see cref="PersonSpanFeatures"/>).
/// One weighs the person spans the tagger and the rules agreed on and drops those under <see cref="KeepThreshold"/>; the
/// other weighs the rules' guesses the merge left out and adds those from <see cref="AddThreshold"/>. Both were fitted
/// on spans a tagger found in sentences it was not trained on (<see cref="PersonSpanFilterTrainer"/>), so they learn the
/// tagger's mistakes rather than its fit. It carries the <see cref="PersonSpanMemory"/> of the sentences it was trained with. Immutable.
/// </summary>
internal sealed class PersonSpanFilter
{
    /// <summary>
    /// The least probability a span needs, for both models: on 5-fold cross-validation of NERGrit train (two shuffle seeds)
    /// 0.5 / 0.5 sat on a plateau, within 0.003 F1 of the best pair, at higher precision than the pairs that add more.
    /// </summary>
    public const float DefaultThreshold = 0.5f;

    /// <param name="keep">Weights of the model for the spans found, the bias last.</param>
    /// <param name="add">Weights of the model for the rules' guesses left out, the bias last.</param>
    public PersonSpanFilter(PersonSpanMemory memory, float[] keep, float[] add, float keepThreshold = DefaultThreshold, float addThreshold = DefaultThreshold)
    {
        if (keep.Length != PersonSpanFeatures.Count + 1 || add.Length != PersonSpanFeatures.Count + 1)
        {
            throw new ArgumentException($"A person span filter needs {PersonSpanFeatures.Count + 1} weights per model.", nameof(keep));
        }

        Memory = memory;
        Keep = keep;
        Add = add;
        KeepThreshold = keepThreshold;
        AddThreshold = addThreshold;
    }

    public PersonSpanMemory Memory { get; }

    public float[] Keep { get; }

    public float[] Add { get; }

    public float KeepThreshold { get; }

    public float AddThreshold { get; }

    /// <summary>Whether a span with these features is a person: one the tagger found stays, a rule's guess is added.</summary>
    public bool Accepts(ReadOnlySpan<float> features, bool ruleOnly) =>
        ruleOnly ? Probability(Add, features) >= AddThreshold : Probability(Keep, features) >= KeepThreshold;

    /// <summary>The model's probability that a span with these features is a person.</summary>
    public static double Probability(ReadOnlySpan<float> weights, ReadOnlySpan<float> features)
    {
        double score = weights[^1];
        for (var i = 0; i < weights.Length - 1; i++)
        {
            score += weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-score));
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(PersonSpanFeatures.Count);
        foreach (var weight in Keep.Concat(Add))
        {
            writer.Write(weight);
        }

        writer.Write(KeepThreshold);
        writer.Write(AddThreshold);
        Memory.Write(writer);
    }

    public static PersonSpanFilter Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count != PersonSpanFeatures.Count)
        {
            throw new InvalidDataException($"The person span filter has {count} features where this version reads {PersonSpanFeatures.Count}; train the tagger again.");
        }

        var keep = Enumerable.Range(0, count + 1).Select(_ => reader.ReadSingle()).ToArray();
        var add = Enumerable.Range(0, count + 1).Select(_ => reader.ReadSingle()).ToArray();
        var (keepThreshold, addThreshold) = (reader.ReadSingle(), reader.ReadSingle());
        return new PersonSpanFilter(PersonSpanMemory.Read(reader), keep, add, keepThreshold, addThreshold);
    }
}
