using System.Buffers;

namespace ArabicNews.Extraction.Entities;

/// <summary>
/// Finds a sentence's most probable tag sequence under the maximum-entropy Markov model: each token's tag distribution
/// is a softmax of its scores given the previous tag, and the sequence maximizes the product of those probabilities
/// (Viterbi) among the sequences that obey the BIO constraint (<see cref="EntityTags.CanFollow"/>).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class TagDecoder
{
    private const int Tags = EntityTags.Count;

    /// <summary>
    /// Decodes <paramref name="tokenCount"/> tokens.
    /// </summary>
    /// <param name="scores">
    /// For token i and previous tag p, the <see cref="EntityTags.Count"/> unnormalized scores of the token's tags start
    /// at <c>(i * Count + p) * Count</c>. The first token's previous tag is <see cref="EntityTags.Outside"/>.
    /// </param>
    /// <param name="tokenCount">How many tokens.</param>
    /// <param name="tags">Receives the best tag of each token.</param>
    /// <param name="probabilities">Receives each chosen tag's probability given the chosen previous tag.</param>
    public static void Decode(ReadOnlySpan<float> scores, int tokenCount, Span<int> tags, Span<float> probabilities)
    {
        if (tokenCount == 0)
            return;
        var logProbabilities = ArrayPool<float>.Shared.Rent(tokenCount * Tags * Tags);
        var best = ArrayPool<float>.Shared.Rent(tokenCount * Tags);
        var back = ArrayPool<int>.Shared.Rent(tokenCount * Tags);
        try
        {
            for (var i = 0; i < tokenCount; i++)
            {
                for (var p = 0; p < Tags; p++)
                {
                    if (i == 0 && p != EntityTags.Outside)
                        continue;
                    var offset = ((i * Tags) + p) * Tags;
                    LogSoftmax(scores.Slice(offset, Tags), logProbabilities.AsSpan(offset, Tags));
                }
            }

            for (var y = 0; y < Tags; y++)
            {
                best[y] = EntityTags.CanFollow(EntityTags.Outside, y) ? logProbabilities[y] : float.NegativeInfinity;
                back[y] = EntityTags.Outside;
            }

            for (var i = 1; i < tokenCount; i++)
            {
                for (var y = 0; y < Tags; y++)
                {
                    var bestScore = float.NegativeInfinity;
                    var bestPrevious = EntityTags.Outside;
                    for (var p = 0; p < Tags; p++)
                    {
                        if (!EntityTags.CanFollow(p, y))
                            continue;
                        var candidate = best[((i - 1) * Tags) + p] + logProbabilities[(((i * Tags) + p) * Tags) + y];
                        if (candidate > bestScore)
                        {
                            bestScore = candidate;
                            bestPrevious = p;
                        }
                    }

                    best[(i * Tags) + y] = bestScore;
                    back[(i * Tags) + y] = bestPrevious;
                }
            }

            var last = (tokenCount - 1) * Tags;
            var tag = 0;
            for (var y = 1; y < Tags; y++)
            {
                if (best[last + y] > best[last + tag])
                    tag = y;
            }

            for (var i = tokenCount - 1; i >= 0; i--)
            {
                tags[i] = tag;
                var previous = back[(i * Tags) + tag];
                probabilities[i] = MathF.Exp(logProbabilities[(((i * Tags) + (i == 0 ? EntityTags.Outside : previous)) * Tags) + tag]);
                tag = previous;
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(logProbabilities);
            ArrayPool<float>.Shared.Return(best);
            ArrayPool<int>.Shared.Return(back);
        }
    }

    private static void LogSoftmax(ReadOnlySpan<float> scores, Span<float> logProbabilities)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
            max = Math.Max(max, s);
        var sum = 0f;
        foreach (var s in scores)
            sum += MathF.Exp(s - max);
        var log = max + MathF.Log(sum);
        for (var y = 0; y < scores.Length; y++)
            logProbabilities[y] = scores[y] - log;
    }
}
