using System.Globalization;

namespace ArabicNews.Training;

/// <summary>
/// Spherical k-means applied level by level: the words are split into <c>branching[0]</c> clusters, each of those into
/// <c>branching[1]</c>, and so on, giving hierarchical cluster ids (coarse id × branching + sub-cluster).
/// </summary>
internal static class HierarchicalKMeans
{
    private const int Iterations = 20;

    /// <summary>The finest cluster of each vector (row-major, <paramref name="dimensions"/> floats each).</summary>
    public static int[] Cluster(float[] vectors, int dimensions, int[] branching, int seed, TextWriter log)
    {
        var count = vectors.Length / dimensions;
        var unit = (float[])vectors.Clone();
        for (var i = 0; i < count; i++)
            Normalize(unit.AsSpan(i * dimensions, dimensions));

        var ids = new int[count];
        var random = new Lcg((ulong)seed);
        foreach (var k in branching)
        {
            var groups = Enumerable.Range(0, count).GroupBy(i => ids[i]).OrderBy(g => g.Key).ToList();
            foreach (var group in groups)
            {
                var members = group.ToArray();
                var assignment = KMeans(unit, dimensions, members, k, random);
                for (var m = 0; m < members.Length; m++)
                    ids[members[m]] = (group.Key * k) + assignment[m];
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  k-means level: {groups.Count} × {k} clusters"));
        }

        return ids;
    }

    private static int[] KMeans(float[] unit, int d, int[] members, int k, Lcg random)
    {
        var assignment = new int[members.Length];
        if (members.Length <= k)
        {
            for (var m = 0; m < members.Length; m++)
                assignment[m] = m;
            return assignment;
        }

        var centroids = new float[k * d];
        InitializePlusPlus(unit, d, members, k, centroids, random);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var m = 0; m < members.Length; m++)
                assignment[m] = Nearest(unit.AsSpan(members[m] * d, d), centroids, k, d, out _);

            Array.Clear(centroids);
            var sizes = new int[k];
            for (var m = 0; m < members.Length; m++)
            {
                sizes[assignment[m]]++;
                var centroid = centroids.AsSpan(assignment[m] * d, d);
                var vector = unit.AsSpan(members[m] * d, d);
                for (var j = 0; j < d; j++)
                    centroid[j] += vector[j];
            }

            for (var c = 0; c < k; c++)
            {
                // An emptied cluster restarts at the member worst served by its centroid.
                if (sizes[c] == 0)
                    unit.AsSpan(members[Worst(unit, d, members, centroids, k)] * d, d).CopyTo(centroids.AsSpan(c * d, d));
                Normalize(centroids.AsSpan(c * d, d));
            }
        }

        for (var m = 0; m < members.Length; m++)
            assignment[m] = Nearest(unit.AsSpan(members[m] * d, d), centroids, k, d, out _);
        return assignment;
    }

    private static void InitializePlusPlus(float[] unit, int d, int[] members, int k, float[] centroids, Lcg random)
    {
        unit.AsSpan(members[(int)(random.Next() % (ulong)members.Length)] * d, d).CopyTo(centroids);
        var distance = new double[members.Length];
        for (var c = 1; c < k; c++)
        {
            var total = 0.0;
            for (var m = 0; m < members.Length; m++)
            {
                Nearest(unit.AsSpan(members[m] * d, d), centroids, c, d, out var similarity);
                distance[m] = Math.Max(0, 1 - similarity);
                total += distance[m];
            }

            var target = random.NextFloat() * total;
            var chosen = members.Length - 1;
            for (var m = 0; m < members.Length; m++)
            {
                target -= distance[m];
                if (target <= 0)
                {
                    chosen = m;
                    break;
                }
            }

            unit.AsSpan(members[chosen] * d, d).CopyTo(centroids.AsSpan(c * d, d));
        }
    }

    private static int Nearest(ReadOnlySpan<float> vector, float[] centroids, int k, int d, out float similarity)
    {
        var best = 0;
        similarity = float.NegativeInfinity;
        for (var c = 0; c < k; c++)
        {
            var centroid = centroids.AsSpan(c * d, d);
            var s = 0f;
            for (var j = 0; j < d; j++)
                s += vector[j] * centroid[j];
            if (s > similarity)
            {
                similarity = s;
                best = c;
            }
        }

        return best;
    }

    private static int Worst(float[] unit, int d, int[] members, float[] centroids, int k)
    {
        var worst = 0;
        var lowest = float.PositiveInfinity;
        for (var m = 0; m < members.Length; m++)
        {
            Nearest(unit.AsSpan(members[m] * d, d), centroids, k, d, out var similarity);
            if (similarity < lowest)
            {
                lowest = similarity;
                worst = m;
            }
        }

        return worst;
    }

    private static void Normalize(Span<float> vector)
    {
        var norm = 0f;
        foreach (var v in vector)
            norm += v * v;
        if (norm == 0)
            return;
        var scale = 1 / MathF.Sqrt(norm);
        for (var j = 0; j < vector.Length; j++)
            vector[j] *= scale;
    }
}
