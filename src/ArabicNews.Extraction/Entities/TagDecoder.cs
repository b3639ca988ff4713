using System.Buffers;

namespace ArabicNews.Extraction.Entities;

/// <summary>
/// Finds a sentence's most probable tag sequence under the maximum-entropy Markov model: each token's tag distribution
/// is a softmax of its scores given the previous tag, and the sequence maximizes the product of those probabilities
/// (Viterbi) among the sequences that obey the BIO constraint (<see cref="EntityTags.CanFollow"/>).
/// </summary>
/// <remarks>
/// Stateless and thread-safe. A token's score for tag y after tag p is <c>local[y] + transitions[block][p][y]</c>:
/// the features that do not involve the previous tag, plus those that do (the same few blocks serve every token), so
/// the softmax normalizer after p is <c>Σ exp(local[y]) · exp(transitions[block][p][y])</c>, a dot product with
/// precomputed exponentials.
/// Previous tags whose best path trails the leader by more than <see cref="Beam"/> (a factor of e^15 in probability)
/// are not extended: in practice the exact Viterbi path, at a fraction of the softmaxes.
/// </remarks>
internal static class TagDecoder
{
    /// <summary>How far (in log-probability) a path may trail the best one and still be extended.</summary>
    public const float Beam = 15;

    private const int Tags = EntityTags.Count;

    /// <summary>Decodes <paramref name="tokenCount"/> tokens.</summary>
    /// <param name="local">The token's tag scores without the previous tag: <see cref="EntityTags.Count"/> per token.</param>
    /// <param name="transitionBlocks">For each token, which block of <paramref name="transitions"/> applies to it.</param>
    /// <param name="transitions">The blocks of scores that depend on the previous tag.</param>
    /// <param name="tokenCount">How many tokens.</param>
    /// <param name="tags">Receives the best tag of each token.</param>
    /// <param name="probabilities">Receives each chosen tag's probability given the chosen previous tag.</param>
    public static void Decode(
        ReadOnlySpan<float> local, ReadOnlySpan<int> transitionBlocks, TransitionScores transitions, int tokenCount,
        Span<int> tags, Span<float> probabilities)
    {
        if (tokenCount == 0)
            return;
        var logProbabilities = ArrayPool<float>.Shared.Rent(tokenCount * Tags * Tags);
        var best = ArrayPool<float>.Shared.Rent(tokenCount * Tags);
        var back = ArrayPool<int>.Shared.Rent(tokenCount * Tags);
        Span<float> localExponentials = stackalloc float[Tags];
        try
        {
            for (var i = 0; i < tokenCount; i++)
            {
                var current = best.AsSpan(i * Tags, Tags);
                current.Fill(float.NegativeInfinity);
                var leader = float.NegativeInfinity;
                if (i > 0)
                {
                    foreach (var score in best.AsSpan((i - 1) * Tags, Tags))
                        leader = Math.Max(leader, score);
                }

                var tokenScores = local.Slice(i * Tags, Tags);
                var localMax = float.NegativeInfinity;
                foreach (var score in tokenScores)
                    localMax = Math.Max(localMax, score);
                for (var y = 0; y < Tags; y++)
                    localExponentials[y] = MathF.Exp(tokenScores[y] - localMax);

                for (var p = 0; p < Tags; p++)
                {
                    // The first token follows O; later ones follow whatever paths are still within the beam.
                    var previousScore = i == 0 ? (p == EntityTags.Outside ? 0 : float.NegativeInfinity) : best[((i - 1) * Tags) + p];
                    if (previousScore < leader - Beam || float.IsNegativeInfinity(previousScore))
                        continue;

                    var block = transitions.After(transitionBlocks[i], p);
                    var logProbability = logProbabilities.AsSpan(((i * Tags) + p) * Tags, Tags);
                    LogSoftmax(tokenScores, localMax, localExponentials, block, transitions.ExponentialsAfter(transitionBlocks[i], p), logProbability);
                    for (var y = 0; y < Tags; y++)
                    {
                        var candidate = previousScore + logProbability[y];
                        if (EntityTags.CanFollow(p, y) && candidate > current[y])
                        {
                            current[y] = candidate;
                            back[(i * Tags) + y] = p;
                        }
                    }
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
                probabilities[i] = MathF.Exp(logProbabilities[(((i * Tags) + previous) * Tags) + tag]);
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

    // log softmax(local + transition), from exp(local - localMax) and exp(transition).
    private static void LogSoftmax(
        ReadOnlySpan<float> local, float localMax, ReadOnlySpan<float> localExponentials, ReadOnlySpan<float> transition,
        ReadOnlySpan<float> transitionExponentials, Span<float> logProbabilities)
    {
        var sum = 0f;
        for (var y = 0; y < Tags; y++)
            sum += localExponentials[y] * transitionExponentials[y];
        if (!float.IsNormal(sum))
        {
            // Transition scores too extreme for their exponentials: normalize the plain way.
            var max = float.NegativeInfinity;
            for (var y = 0; y < Tags; y++)
                max = Math.Max(max, local[y] + transition[y]);
            sum = 0;
            for (var y = 0; y < Tags; y++)
                sum += MathF.Exp(local[y] + transition[y] - max);
            for (var y = 0; y < Tags; y++)
                logProbabilities[y] = local[y] + transition[y] - (max + MathF.Log(sum));
            return;
        }

        var log = localMax + MathF.Log(sum);
        for (var y = 0; y < Tags; y++)
            logProbabilities[y] = local[y] + transition[y] - log;
    }
}
