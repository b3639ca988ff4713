using System.Buffers;
using System.Collections.Concurrent;
using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Entities;

/// <summary>
/// The sequence tagger: scores each token's BIO tags with the <see cref="TaggerModel"/> over the
/// <see cref="EntityFeatures"/> (plus the model's <see cref="TaggerModel.Priors"/>), given each possible previous tag,
/// and decodes each sentence with <see cref="TagDecoder"/>.
/// </summary>
/// <remarks>
/// Thread-safe. The built-in tagger is loaded once, on first use. Most of a token's features belong to its word alone,
/// so their summed weights are remembered per word (up to a bound) and each token adds only its context's: the same
/// scores as summing all the features, up to rounding.
/// </remarks>
internal sealed class EntityTagger
{
    private const int Tags = EntityTags.Count;

    private static readonly Lazy<EntityTagger> BuiltInTagger = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    // Words whose word-feature scores are remembered: enough for the vocabulary of a large news stream, about 6 MB.
    private const int WordScoreCapacity = 65_536;

    // The weights of the previous-tag features, summed once per transition class and tag pair.
    private readonly TransitionScores _transitions;

    // The summed weights of each word's word features (DocumentFeatures.AddWordFeatures), which are most of a token's
    // features and the same wherever the word occurs; filled as words are met, never changed.
    private readonly ConcurrentDictionary<WordFeatureKey, float[]> _wordScores = new();

    public EntityTagger(EntityFeatures features, TaggerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Features = features;
        Model = model;
        var transitions = new float[EntityFeatures.TransitionClassCount * Tags * Tags];
        Span<int> previousFeatures = stackalloc int[EntityFeatures.PreviousTagFeatureCount];
        for (var c = 0; c < EntityFeatures.TransitionClassCount; c++)
        {
            for (var p = 0; p < Tags; p++)
            {
                EntityFeatures.PreviousTagFeatures(p, c, previousFeatures);
                model.AddWeights(previousFeatures, transitions.AsSpan(((c * Tags) + p) * Tags, Tags));
            }
        }

        _transitions = new TransitionScores(transitions);
    }

    /// <summary>The tagger of the embedded model, with the built-in clusters and triggers.</summary>
    public static EntityTagger BuiltIn => BuiltInTagger.Value;

    public EntityFeatures Features { get; }

    public TaggerModel Model { get; }

    /// <summary>
    /// Tags tokens <c>[first, first + count)</c> of a sentence of the prepared document.
    /// </summary>
    /// <param name="document">The document's features.</param>
    /// <param name="first">The first token.</param>
    /// <param name="count">How many tokens.</param>
    /// <param name="buffer">Scratch space for the features.</param>
    /// <param name="tags">Receives each token's tag.</param>
    /// <param name="probabilities">Receives the probability of each token's tag given the previous one.</param>
    public void Tag(DocumentFeatures document, int first, int count, FeatureBuffer buffer, Span<int> tags, Span<float> probabilities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.Clear();
        var local = ArrayPool<float>.Shared.Rent(count * Tags);
        var blocks = ArrayPool<int>.Shared.Rent(count);
        try
        {
            for (var k = 0; k < count; k++)
            {
                var t = first + k;
                var scores = local.AsSpan(k * Tags, Tags);
                Model.Score([], scores);
                buffer.StartToken();
                var key = document.WordKey(t);
                if (key is null || !_wordScores.TryGetValue(key.Value, out var word))
                {
                    var wordStart = buffer.Count;
                    document.AddWordFeatures(t, buffer);
                    word = null;
                    if (key is not null)
                    {
                        word = new float[Tags];
                        Model.AddWeights(buffer.Since(wordStart), word);
                        if (_wordScores.Count < WordScoreCapacity)
                            _wordScores.TryAdd(key.Value, word);
                    }
                }

                // A rare word's features (training only) stay in the buffer and are scored with the context's.
                var contextStart = word is null ? buffer.Count - buffer.Token(k).Length : buffer.Count;
                if (word is not null)
                {
                    for (var y = 0; y < Tags; y++)
                        scores[y] += word[y];
                }

                document.AddContextFeatures(t, buffer);
                Model.AddWeights(buffer.Since(contextStart), scores);
                Model.Priors.AddTo(scores);
                blocks[k] = document.TransitionClass(t);
            }

            TagDecoder.Decode(local, blocks, _transitions, count, tags, probabilities);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(local);
            ArrayPool<int>.Shared.Return(blocks);
        }
    }

    private static EntityTagger LoadBuiltIn()
    {
        var features = EntityFeatures.BuiltIn;
        using var stream = EmbeddedResources.Open(TaggerModel.Resource);
        return new EntityTagger(features, TaggerModel.Load(stream, TaggerModel.Resource, features));
    }
}
