using System.Globalization;
using System.Numerics;

namespace ArabicNews.Training;

/// <summary>The skip-gram settings (those of Mikolov et al.'s word2vec, with small vectors: they only feed clustering).</summary>
internal sealed record SkipGramSettings
{
    public const int Dimensions = 100;

    public int Window { get; init; } = 2;

    public int Negatives { get; init; } = 5;

    public int Epochs { get; init; } = 15;

    public float LearningRate { get; init; } = 0.025f;

    public double Subsample { get; init; } = 1e-4;
}

/// <summary>
/// Skip-gram word embeddings with negative sampling (Mikolov et al. 2013), single-threaded with its own seeded
/// generator so that the same corpus always gives the same vectors.
/// </summary>
internal static class SkipGram
{
    private const int TableSize = 1 << 23;

    /// <summary>Learns one <see cref="SkipGramSettings.Dimensions"/>-vector per word id (row-major, word after word).</summary>
    public static float[] Train(IReadOnlyList<int[]> sentences, int[] counts, SkipGramSettings settings, int seed, TextWriter log)
    {
        const int d = SkipGramSettings.Dimensions;
        var words = counts.Length;
        var random = new Lcg((ulong)seed);
        var input = new float[words * d];
        for (var i = 0; i < input.Length; i++)
            input[i] = (random.NextFloat() - 0.5f) / d;
        var output = new float[words * d];
        var table = NegativeTable(counts);

        var total = 0L;
        foreach (var count in counts)
            total += count;
        var keep = new float[words];
        for (var w = 0; w < words; w++)
        {
            var frequency = counts[w] / (settings.Subsample * total);
            keep[w] = (float)Math.Min(1.0, (Math.Sqrt(frequency) + 1) / frequency);
        }

        var corpusWords = 0L;
        foreach (var sentence in sentences)
            corpusWords += sentence.Length;
        var planned = (double)corpusWords * settings.Epochs;
        var processed = 0L;
        var gradient = new float[d];
        var kept = new List<int>();
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            foreach (var sentence in sentences)
            {
                kept.Clear();
                foreach (var w in sentence)
                {
                    if (keep[w] >= 1 || random.NextFloat() < keep[w])
                        kept.Add(w);
                }

                processed += sentence.Length;
                var rate = settings.LearningRate * (float)Math.Max(1e-4, 1 - (processed / planned));
                for (var position = 0; position < kept.Count; position++)
                {
                    var reduce = (int)(random.Next() % (ulong)settings.Window);
                    for (var c = position - settings.Window + reduce; c <= position + settings.Window - reduce; c++)
                    {
                        if (c == position || c < 0 || c >= kept.Count)
                            continue;
                        TrainPair(input.AsSpan(kept[c] * d, d), kept[position], output, table, settings.Negatives, rate, gradient, random);
                    }
                }
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  skip-gram epoch {epoch + 1}/{settings.Epochs}"));
        }

        return input;
    }

    private static void TrainPair(Span<float> context, int target, float[] output, int[] table, int negatives, float rate, float[] gradient, Lcg random)
    {
        const int d = SkipGramSettings.Dimensions;
        Array.Clear(gradient);
        for (var n = 0; n <= negatives; n++)
        {
            var word = target;
            var label = 1f;
            if (n > 0)
            {
                word = table[(int)(random.Next() >> 41)];
                if (word == target)
                    continue;
                label = 0;
            }

            var row = output.AsSpan(word * d, d);
            var score = Dot(context, row);
            var g = (label - Sigmoid(score)) * rate;
            AddScaled(gradient, row, g);
            AddScaled(row, context, g);
        }

        AddScaled(context, gradient, 1);
    }

    // Negatives are drawn in proportion to count^0.75.
    private static int[] NegativeTable(int[] counts)
    {
        var table = new int[TableSize];
        var sum = 0.0;
        foreach (var count in counts)
            sum += Math.Pow(count, 0.75);
        var word = 0;
        var cumulative = Math.Pow(counts[0], 0.75) / sum;
        for (var i = 0; i < TableSize; i++)
        {
            table[i] = word;
            if ((double)i / TableSize > cumulative && word < counts.Length - 1)
            {
                word++;
                cumulative += Math.Pow(counts[word], 0.75) / sum;
            }
        }

        return table;
    }

    private static float Sigmoid(float x) => x > 6 ? 1 : x < -6 ? 0 : 1 / (1 + MathF.Exp(-x));

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i + Vector<float>.Count <= a.Length; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        var result = Vector.Sum(sum);
        for (; i < a.Length; i++)
            result += a[i] * b[i];
        return result;
    }

    private static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float scale)
    {
        var i = 0;
        for (; i + Vector<float>.Count <= target.Length; i += Vector<float>.Count)
            (new Vector<float>(target[i..]) + (new Vector<float>(source[i..]) * scale)).CopyTo(target[i..]);
        for (; i < target.Length; i++)
            target[i] += source[i] * scale;
    }
}

/// <summary>The linear congruential generator of word2vec: fast, and the same sequence on every platform.</summary>
internal sealed class Lcg(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        _state = (_state * 25214903917UL) + 11;
        return _state;
    }

    /// <summary>A float in [0, 1).</summary>
    public float NextFloat() => (Next() >> 40) / (float)(1UL << 24);
}
