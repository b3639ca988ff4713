using System.Globalization;

namespace ArabicNews.Extraction.Entities;

/// <summary>
/// The tagger's features: for each token, the indices of its active features in a hashed space of
/// <see cref="Dimension"/> slots (each feature's value is 1). Training and inference both call this class, so the model
/// always sees the features it was trained on.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; the per-document state lives in the <see cref="DocumentFeatures"/> it prepares.
/// Changing a template, a hash or a lexicon the features read changes the features: bump <see cref="Version"/> and
/// retrain the model.
/// </remarks>
internal sealed class EntityFeatures
{
    /// <summary>The feature set's version, recorded in the model and checked when it is loaded.</summary>
    public const int Version = 6;

    /// <summary>The number of bits of a feature index.</summary>
    public const int HashBits = 20;

    /// <summary>The size of the hashed feature space.</summary>
    public const int Dimension = 1 << HashBits;

    /// <summary>How many previous-tag features <see cref="PreviousTagFeatures"/> writes.</summary>
    public const int PreviousTagFeatureCount = 2;

    /// <summary>
    /// How many classes of tokens the previous-tag features distinguish: the <see cref="WordClusters.CoarseCount"/>
    /// top-level clusters and words in no cluster, each split by <see cref="FrequencyBands"/> of the word's frequency.
    /// </summary>
    public const int TransitionClassCount = (WordClusters.CoarseCount + 1) * FrequencyBands;

    /// <summary>Frequency bands of the transition classes: unknown or rare, common, very common.</summary>
    public const int FrequencyBands = 3;

    /// <summary>The value of a context slot outside the sentence, or of a word in no cluster.</summary>
    internal const ulong Outside = 0x6F75747369646521UL;

    public EntityFeatures(WordClusters clusters, EntityTriggers triggers)
    {
        Clusters = clusters;
        Triggers = triggers;
    }

    /// <summary>The built-in clusters and triggers.</summary>
    public static EntityFeatures BuiltIn => new(WordClusters.BuiltIn, EntityTriggers.BuiltIn);

    public WordClusters Clusters { get; }

    public EntityTriggers Triggers { get; }

    /// <summary>
    /// What the features depend on: the feature set's version, the hash size and the fingerprints of the clusters and
    /// triggers. A model records the description of the features it was trained on.
    /// </summary>
    public string Description => string.Create(
        CultureInfo.InvariantCulture, $"features={Version} hashBits={HashBits} clusters={Clusters.Fingerprint:x16} triggers={Triggers.Fingerprint:x16}");

    /// <summary>
    /// Looks up everything the features of <paramref name="document"/>'s tokens need, once per document.
    /// </summary>
    /// <param name="document">The segmented document.</param>
    /// <param name="gazetteerMatches">The gazetteer's matches in the document.</param>
    /// <param name="rareWords">
    /// In training, the keys (<see cref="FeatureHash.Of"/> of <see cref="Token.Normalized"/>) of words too rare to learn
    /// their identity from: those tokens get no identity features, so the model learns what unseen words look like.
    /// Null at inference.
    /// </param>
    public DocumentFeatures Prepare(Document document, IReadOnlyList<GazetteerMatch> gazetteerMatches, IReadOnlySet<ulong>? rareWords = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gazetteerMatches);
        return new DocumentFeatures(this, document, gazetteerMatches, rareWords);
    }

    /// <summary>
    /// Writes the <see cref="PreviousTagFeatureCount"/> features that join the previous token's tag (alone, and with the
    /// token's top-level cluster, <paramref name="transitionClass"/>, see <see cref="DocumentFeatures.TransitionClass"/>).
    /// They depend on nothing else, so the tagger can sum their weights once per tag pair and class.
    /// </summary>
    public static void PreviousTagFeatures(int previousTag, int transitionClass, Span<int> destination)
    {
        var coarse = transitionClass / FrequencyBands;
        var cluster = (coarse == WordClusters.CoarseCount ? Outside : (ulong)coarse) ^ ((ulong)(transitionClass % FrequencyBands) << 40);
        destination[0] = Index(FeatureTemplate.PreviousTag, (ulong)previousTag);
        destination[1] = Index(FeatureTemplate.PreviousTagCoarse, ((ulong)previousTag << 16) ^ cluster);
    }

    /// <summary>The slot of a feature: its template and value hashed together.</summary>
    internal static int Index(FeatureTemplate template, ulong value) =>
        (int)(FeatureHash.Combine((ulong)template, value) >> (64 - HashBits));
}

/// <summary>The feature templates. Their numbers are part of the hash: never renumber one without retraining.</summary>
internal enum FeatureTemplate
{
    Word = 1,
    Bare,
    Base,
    Stem,
    Prefix1,
    Prefix2,
    Prefix3,
    Suffix1,
    Suffix2,
    Suffix3,
    Trigram,
    Kind,
    KindLength,
    Article,
    Proclitics,
    Enclitic,
    SentenceStart,
    WordMinus2,
    WordMinus1,
    WordPlus1,
    WordPlus2,
    StemMinus1,
    StemPlus1,
    BigramLeft,
    BigramRight,
    KindMinus1,
    KindPlus1,
    Coarse,
    Middle,
    Fine,
    Frequency,
    FineMinus2,
    FineMinus1,
    FinePlus1,
    FinePlus2,
    MiddleMinus1,
    MiddlePlus1,
    TriggerMinus1,
    TriggerMinus2,
    TriggerWindow,
    TriggerHere,
    Gazetteer,
    GazetteerLength,
    GazetteerMinus1,
    GazetteerPlus1,
    PreviousTag,
    PreviousTagCoarse,
    Prefix4,
    Suffix4,
    ArticleForm,
    ContextShare,
    Contexts,
}
