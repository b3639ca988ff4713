using System.Buffers;
using System.Runtime.Intrinsics;

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
/// are not extended: in practice the exact Viterbi path, at a fraction of the softmaxes. Tags 0-7 are handled as one
/// 256-bit vector and tag 8 on its own (<see cref="EntityTags.Count"/> is 9).
/// </remarks>
internal static class TagDecoder
{
    /// <summary>How far (in log-probability) a path may trail the best one and still be extended.</summary>
    public const float Beam = 15;

    private const int Tags = EntityTags.Count;

    // Allowed[p * Count + y]: EntityTags.CanFollow(p, y); AllowedMasks[p]: the same for tags 0-7 as an all-ones/zero mask.
    private static readonly bool[] Allowed = AllowedPairs();
    private static readonly Vector256<float>[] AllowedMasks = AllowedMaskVectors();

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

        // best[i][y]: the log-probability of the best path ending in y at token i; back: its previous tag; chosen:
        // the log-probability of y given that previous tag (for the probabilities reported).
        var best = ArrayPool<float>.Shared.Rent(tokenCount * Tags);
        var chosen = ArrayPool<float>.Shared.Rent(tokenCount * Tags);
        var back = ArrayPool<int>.Shared.Rent(tokenCount * Tags);
        Span<float> localExponentials = stackalloc float[Tags];
        Span<float> logProbability = stackalloc float[Tags];
        try
        {
            for (var i = 0; i < tokenCount; i++)
            {
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
                var first8 = Vector256.Create(tokenScores);
                Vector256.Exp(first8 - Vector256.Create(localMax)).CopyTo(localExponentials);
                localExponentials[8] = MathF.Exp(tokenScores[8] - localMax);

                // The best candidates so far for tags 0-7 (in vectors) and tag 8.
                var current = Vector256.Create(float.NegativeInfinity);
                var currentBack = Vector256<int>.Zero;
                var currentChosen = Vector256<float>.Zero;
                var current8 = float.NegativeInfinity;
                var currentBack8 = 0;
                var currentChosen8 = 0f;
                for (var p = 0; p < Tags; p++)
                {
                    // The first token follows O; later ones follow whatever paths are still within the beam.
                    var previousScore = i == 0 ? (p == EntityTags.Outside ? 0 : float.NegativeInfinity) : best[((i - 1) * Tags) + p];
                    if (previousScore < leader - Beam || float.IsNegativeInfinity(previousScore))
                        continue;

                    LogSoftmax(tokenScores, localMax, localExponentials, transitions.After(transitionBlocks[i], p), transitions.ExponentialsAfter(transitionBlocks[i], p), logProbability);
                    var probability8 = Vector256.Create((ReadOnlySpan<float>)logProbability);
                    var candidate = probability8 + Vector256.Create(previousScore);
                    var better = Vector256.GreaterThan(candidate, current) & AllowedMasks[p];
                    current = Vector256.ConditionalSelect(better, candidate, current);
                    currentBack = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), currentBack);
                    currentChosen = Vector256.ConditionalSelect(better, probability8, currentChosen);
                    var candidate8 = previousScore + logProbability[8];
                    if (Allowed[(p * Tags) + 8] && candidate8 > current8)
                    {
                        current8 = candidate8;
                        currentBack8 = p;
                        currentChosen8 = logProbability[8];
                    }
                }

                current.CopyTo(best.AsSpan(i * Tags, 8));
                best[(i * Tags) + 8] = current8;
                currentBack.CopyTo(back.AsSpan(i * Tags, 8));
                back[(i * Tags) + 8] = currentBack8;
                currentChosen.CopyTo(chosen.AsSpan(i * Tags, 8));
                chosen[(i * Tags) + 8] = currentChosen8;
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
                probabilities[i] = MathF.Exp(chosen[(i * Tags) + tag]);
                tag = back[(i * Tags) + tag];
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(best);
            ArrayPool<float>.Shared.Return(chosen);
            ArrayPool<int>.Shared.Return(back);
        }
    }

    private static Vector256<float>[] AllowedMaskVectors()
    {
        var masks = new Vector256<float>[Tags];
        Span<int> lanes = stackalloc int[8];
        for (var p = 0; p < Tags; p++)
        {
            for (var y = 0; y < 8; y++)
                lanes[y] = EntityTags.CanFollow(p, y) ? -1 : 0;
            masks[p] = Vector256.Create((ReadOnlySpan<int>)lanes).AsSingle();
        }

        return masks;
    }

    private static bool[] AllowedPairs()
    {
        var allowed = new bool[Tags * Tags];
        for (var p = 0; p < Tags; p++)
        {
            for (var y = 0; y < Tags; y++)
                allowed[(p * Tags) + y] = EntityTags.CanFollow(p, y);
        }

        return allowed;
    }

    // log softmax(local + transition), from exp(local - localMax) and exp(transition).
    private static void LogSoftmax(
        ReadOnlySpan<float> local, float localMax, ReadOnlySpan<float> localExponentials, ReadOnlySpan<float> transition,
        ReadOnlySpan<float> transitionExponentials, Span<float> logProbabilities)
    {
        var sum = Vector256.Dot(Vector256.Create(localExponentials), Vector256.Create(transitionExponentials))
            + (localExponentials[8] * transitionExponentials[8]);
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
        (Vector256.Create(local) + Vector256.Create(transition) - Vector256.Create(log)).CopyTo(logProbabilities);
        logProbabilities[8] = local[8] + transition[8] - log;
    }
}
