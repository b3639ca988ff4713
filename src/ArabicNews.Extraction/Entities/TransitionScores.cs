namespace ArabicNews.Extraction.Entities;

/// <summary>
/// Blocks of scores that depend on the previous tag, <c>[previous tag][tag]</c>, <see cref="EntityTags.Count"/>²
/// each, with their exponentials: a softmax over <c>local + transition</c> then needs one exponential per tag and
/// token (of the local scores) instead of one per tag, previous tag and token.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class TransitionScores
{
    private const int Tags = EntityTags.Count;

    private readonly float[] _scores;
    private readonly float[] _exponentials;

    /// <summary>Creates the table from <paramref name="scores"/>: blocks of <c>Count × Count</c> values, [previous tag][tag].</summary>
    /// <exception cref="ArgumentException">The scores are not whole blocks.</exception>
    public TransitionScores(float[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Length == 0 || scores.Length % (Tags * Tags) != 0)
            throw new ArgumentException("Transition scores come in blocks of Count × Count.", nameof(scores));
        _scores = scores;
        _exponentials = new float[scores.Length];
        for (var i = 0; i < scores.Length; i++)
            _exponentials[i] = MathF.Exp(scores[i]);
    }

    /// <summary>The scores of the tags after <paramref name="previous"/> in <paramref name="block"/>.</summary>
    public ReadOnlySpan<float> After(int block, int previous) => _scores.AsSpan(((block * Tags) + previous) * Tags, Tags);

    /// <summary>The exponentials of <see cref="After"/>.</summary>
    public ReadOnlySpan<float> ExponentialsAfter(int block, int previous) => _exponentials.AsSpan(((block * Tags) + previous) * Tags, Tags);
}
