using System.Numerics;

namespace Search.Core.Metadata.Tagging;

/// <summary>
/// Spherical k-means: unit vectors grouped around unit centroids by cosine similarity, the
/// centroids started at k vectors drawn with a fixed seed. Assignment runs in parallel.
/// </summary>
internal static class SphericalKMeans
{
    public static int[] Cluster(float[] vectors, int n, int dimensions, int k, int iterations, int seed)
    {
        k = Math.Max(1, Math.Min(k, n));
        var centroids = new float[k * dimensions];
        var random = new Random(seed);
        var picks = Enumerable.Range(0, n).ToArray();
        random.Shuffle(picks);
        for (var j = 0; j < k; j++)
        {
            vectors.AsSpan(picks[j] * dimensions, dimensions).CopyTo(centroids.AsSpan(j * dimensions));
        }

        var assigned = new int[n];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Parallel.For(0, n, w =>
            {
                var v = vectors.AsSpan(w * dimensions, dimensions);
                var best = float.NegativeInfinity;
                for (var j = 0; j < k; j++)
                {
                    var s = Dot(v, centroids.AsSpan(j * dimensions, dimensions));
                    if (s > best)
                    {
                        (best, assigned[w]) = (s, j);
                    }
                }
            });

            Array.Clear(centroids);
            for (var w = 0; w < n; w++)
            {
                var centroid = centroids.AsSpan(assigned[w] * dimensions, dimensions);
                var v = vectors.AsSpan(w * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                {
                    centroid[d] += v[d];
                }
            }

            for (var j = 0; j < k; j++)
            {
                Normalise(centroids.AsSpan(j * dimensions, dimensions));
            }
        }

        return assigned;
    }

    public static void Normalise(Span<float> v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            for (var d = 0; d < v.Length; d++)
            {
                v[d] /= norm;
            }
        }
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i + Vector<float>.Count <= a.Length; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var result = Vector.Dot(sum, Vector<float>.One);
        for (; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }
}
