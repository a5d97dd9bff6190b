namespace Search.Core.Metadata.Tagging;

/// <summary>
/// Fits the <see cref="PersonSpanFilter"/> of a tagger on spans found in sentences the tagger was not trained on: the
/// labelled sentences are split in folds, a tagger is trained on all but one, and the person spans it and the rules
/// find in the fold left out (with the <see cref="PersonSpanMemory"/> of the sentences it was trained on) become the
/// examples, labelled by whether they are exactly a labelled person. Two logistic regressions, by Newton's method with
/// an L2 penalty on the weights: one over the spans found, one over the rules' guesses the merge left out.
/// </summary>
internal static class PersonSpanFilterTrainer
{
    /// <summary>The L2 penalty on each weight (not the bias), against a loss summed over the examples.</summary>
    private const double L2 = 1.0;

    private const int Iterations = 25;

    private static readonly int RuleOnly = Array.IndexOf(PersonSpanFeatures.Names, "rule_only");

    /// <param name="trainTagger">Trains a tagger (without a second stage) on some of the sentences.</param>
    public static PersonSpanFilter Train(IReadOnlyList<AnnotatedSentence> sentences, int folds, Func<IReadOnlyList<AnnotatedSentence>, EntityTagger> trainTagger, PersonGazetteer gazetteer)
    {
        var found = new List<(float[] Features, bool Person)>();
        var guessed = new List<(float[] Features, bool Person)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var training = sentences.Where((_, i) => i % folds != fold).ToList();
            var tagger = trainTagger(training).WithSpanFilter(PassThrough(PersonSpanMemory.Learn(training)));
            var observed = new List<(int Start, int Length, float[] Features)>();
            var extractor = new EntityExtractor(gazetteer, tagger, (_, start, length, x) => observed.Add((start, length, x)));
            foreach (var sentence in sentences.Where((_, i) => i % folds == fold))
            {
                observed.Clear();
                extractor.FindMentions(sentence.Text);
                var persons = sentence.Spans.Where(s => s.Type == "PERSON").Select(s => (s.Start, s.Length)).ToHashSet();
                foreach (var (start, length, x) in observed)
                {
                    (x[RuleOnly] > 0 ? guessed : found).Add((x, persons.Contains((start, length))));
                }
            }
        }

        return new PersonSpanFilter(PersonSpanMemory.Learn(sentences), Fit(found, keepWhenUnsure: true), Fit(guessed, keepWhenUnsure: false));
    }

    /// <summary>A filter that keeps every span found and adds none, carrying a memory: for the features of the examples.</summary>
    private static PersonSpanFilter PassThrough(PersonSpanMemory memory) => new(memory, Constant(30), Constant(-30));

    private static float[] Constant(float bias)
    {
        var weights = new float[PersonSpanFeatures.Count + 1];
        weights[^1] = bias;
        return weights;
    }

    /// <summary>
    /// The weights (bias last) of a logistic regression; with examples of one kind only, a constant answer (and with
    /// none, <paramref name="keepWhenUnsure"/>: keep what was found, add nothing).
    /// </summary>
    private static float[] Fit(List<(float[] Features, bool Person)> examples, bool keepWhenUnsure)
    {
        if (examples.Select(e => e.Person).Distinct().Count() < 2)
        {
            var accept = examples.Count == 0 ? keepWhenUnsure : examples[0].Person;
            return Constant(accept ? 30 : -30);
        }

        var d = PersonSpanFeatures.Count + 1;
        var w = new double[d];
        var x = new double[d];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            foreach (var (features, person) in examples)
            {
                for (var i = 0; i < d - 1; i++)
                {
                    x[i] = features[i];
                }

                x[d - 1] = 1;
                var z = 0.0;
                for (var i = 0; i < d; i++)
                {
                    z += w[i] * x[i];
                }

                var p = 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));
                var (r, s) = (p - (person ? 1 : 0), p * (1 - p));
                for (var i = 0; i < d; i++)
                {
                    gradient[i] += r * x[i];
                    if (x[i] != 0)
                    {
                        for (var j = 0; j < d; j++)
                        {
                            hessian[i, j] += s * x[i] * x[j];
                        }
                    }
                }
            }

            for (var i = 0; i < d - 1; i++)
            {
                gradient[i] += L2 * w[i];
                hessian[i, i] += L2;
            }

            hessian[d - 1, d - 1] += 1e-6;
            var step = Solve(hessian, gradient);
            for (var i = 0; i < d; i++)
            {
                w[i] -= step[i];
            }

            if (step.Max(Math.Abs) < 1e-6)
            {
                break;
            }
        }

        return w.Select(v => (float)v).ToArray();
    }

    /// <summary>Gaussian elimination with partial pivoting; a column with no pivot gets 0.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = new double[n, n + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                m[i, j] = a[i, j];
            }

            m[i, n] = b[i];
        }

        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
            {
                pivot = Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]) ? r : pivot;
            }

            for (var k = 0; k <= n; k++)
            {
                (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            }

            if (Math.Abs(m[c, c]) < 1e-12)
            {
                continue;
            }

            for (var r = 0; r < n; r++)
            {
                var f = r == c ? 0 : m[r, c] / m[c, c];
                for (var k = c; f != 0 && k <= n; k++)
                {
                    m[r, k] -= f * m[c, k];
                }
            }
        }

        return Enumerable.Range(0, n).Select(i => Math.Abs(m[i, i]) < 1e-12 ? 0 : m[i, n] / m[i, i]).ToArray();
    }
}
