using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ArabicNews.Extraction.Entities;

/// <summary>
/// The tagger's linear model: per tag, a weight for each hashed feature and a bias, taken from the maximum-entropy model
/// that ML.NET trained (<c>samples/ArabicNews.Training</c>). Scoring sums the weights of a token's active features
/// directly, which is what ML.NET's own linear scorer computes for a 0/1 feature vector, without a prediction engine.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class TaggerModel
{
    /// <summary>The logical name of the built-in model.</summary>
    internal const string Resource = "ArabicNews.Extraction.Models.entity-tagger.zip";

    /// <summary>The zip entry, beside ML.NET's own, that records what the model was trained on.</summary>
    internal const string ManifestEntry = "ArabicNews/manifest.txt";

    /// <summary>The zip entry, beside ML.NET's own, that holds the <see cref="FeatureSlots"/> of the model's feature vector.</summary>
    internal const string SlotsEntry = "ArabicNews/feature-slots.bin";

    /// <summary>The zip entry, beside ML.NET's own, that holds the decoding <see cref="TypePriors"/> tuned with the model.</summary>
    internal const string PriorsEntry = "ArabicNews/type-priors.txt";

    // Which hashed features have weights, as a bitset with the count of set bits before each 64-bit word: a feature's
    // row is its rank among the weighted features. 192 KB that stay in cache, where a table of rows for the whole
    // hashed space (4 MB) would miss it on most lookups: most of a token's features have no weight.
    private readonly ulong[] _weighted;
    private readonly int[] _rankBefore;

    // The weights of the weighted features in ascending feature order, EntityTags.Count per feature.
    private readonly float[] _weights;
    private readonly float[] _biases;

    /// <summary>
    /// A model from its tables: the weighted <paramref name="features"/> in ascending order, their weights
    /// (<see cref="EntityTags.Count"/> per feature, in the same order) and a bias per tag.
    /// </summary>
    /// <exception cref="ArgumentException">The tables do not fit the tag set and the hashed space.</exception>
    internal TaggerModel(int[] features, float[] weights, float[] biases)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (weights.Length != features.Length * EntityTags.Count || biases.Length != EntityTags.Count)
            throw new ArgumentException("A tagger model needs a bias per tag and a weight per tag for each weighted feature.");
        _weighted = new ulong[EntityFeatures.Dimension / 64];
        for (var i = 0; i < features.Length; i++)
        {
            if (features[i] < 0 || features[i] >= EntityFeatures.Dimension || (i > 0 && features[i] <= features[i - 1]))
                throw new ArgumentException("Weighted features must be ascending indices of the hashed feature space.", nameof(features));
            _weighted[features[i] >> 6] |= 1UL << (features[i] & 63);
        }

        _rankBefore = new int[_weighted.Length];
        for (int w = 0, rank = 0; w < _weighted.Length; w++)
        {
            _rankBefore[w] = rank;
            rank += BitOperations.PopCount(_weighted[w]);
        }

        _weights = weights;
        _biases = biases;
        Priors = TypePriors.None;
    }

    private TaggerModel(TaggerModel model, TypePriors priors)
    {
        _weighted = model._weighted;
        _rankBefore = model._rankBefore;
        _weights = model._weights;
        _biases = model._biases;
        Priors = priors;
    }

    /// <summary>The decoding priors tuned with the model (<see cref="TypePriors.None"/> for a model fresh from training).</summary>
    public TypePriors Priors { get; }

    /// <summary>The same model with other decoding priors.</summary>
    public TaggerModel WithPriors(TypePriors priors) => new(this, priors);

    /// <summary>How many features have a weight.</summary>
    public int WeightedFeatureCount => _weights.Length / EntityTags.Count;

    /// <summary>
    /// The manifest a model trained on <paramref name="features"/> carries: what the features depend on
    /// (<see cref="EntityFeatures.Description"/>) and the tag set. A model whose manifest differs was trained on other
    /// features and cannot be used with these.
    /// </summary>
    public static string Manifest(EntityFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return $"{features.Description}\ntags={string.Join(',', EntityTags.Names)}\n";
    }

    /// <summary>
    /// Writes each tag's score for a token with <paramref name="features"/> into <paramref name="scores"/>: the bias
    /// plus the weights of the features (a feature listed twice counts twice, as a value of 2 would).
    /// </summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        _biases.CopyTo(scores);
        AddWeights(features, scores);
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void AddWeights(ReadOnlySpan<int> features, Span<float> scores)
    {
        // The first eight tags' weights are summed as one 256-bit vector, the ninth (EntityTags.Count is 9) on its own;
        // each tag's weights are added in the features' order either way, so the sums are those of one tag at a time.
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, EntityTags.Count);
        var first = Vector256<float>.Zero;
        var ninth = 0f;
        var weighted = _weighted;
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        foreach (var feature in features)
        {
            var word = weighted[feature >> 6];
            var bit = 1UL << (feature & 63);
            if ((word & bit) == 0)
                continue;
            var row = _rankBefore[feature >> 6] + BitOperations.PopCount(word & (bit - 1));
            ref var rowWeights = ref Unsafe.Add(ref weights, row * EntityTags.Count);
            first += Vector256.LoadUnsafe(ref rowWeights);
            ninth += Unsafe.Add(ref rowWeights, 8);
        }

        (Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(scores)) + first).StoreUnsafe(ref MemoryMarshal.GetReference(scores));
        scores[8] += ninth;
    }

    /// <summary>
    /// Loads a model saved by ML.NET (<c>MLContext.Model.Save</c>) whose last transformer is a maximum-entropy
    /// multiclass predictor over the feature slots, with the current feature set's <see cref="Manifest"/> and the
    /// <see cref="FeatureSlots"/> that map hashed features to the model's features.
    /// </summary>
    /// <exception cref="InvalidDataException">The stream is not such a model, or it was trained on other features.</exception>
    public static TaggerModel Load(Stream stream, string source, EntityFeatures features)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var (slots, priors) = ReadEntries(buffer, source, Manifest(features));
        buffer.Position = 0;

        var context = new MLContext(seed: 0);
        ITransformer transformer;
        try
        {
            transformer = context.Model.Load(buffer, out _);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or IOException)
        {
            throw new InvalidDataException($"{source} is not an ML.NET model: {e.Message}", e);
        }

        var parameters = FindParameters(transformer)
            ?? throw new InvalidDataException($"{source} holds no maximum-entropy multiclass predictor: retrain it with ArabicNews.Training.");
        return FromParameters(parameters, slots, source).WithPriors(priors);
    }

    /// <summary>Builds the scoring tables from a trained model's parameters over <paramref name="slots"/>.</summary>
    /// <exception cref="InvalidDataException">The parameters do not have one class per tag and one feature per slot.</exception>
    public static TaggerModel FromParameters(LinearMulticlassModelParametersBase parameters, FeatureSlots slots, string source)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(parameters);
        VBuffer<float>[] byClass = [];
        parameters.GetWeights(ref byClass, out var classCount);
        var biases = parameters.GetBiases();
        if (classCount != EntityTags.Count || biases.Count() != EntityTags.Count)
            throw new InvalidDataException($"{source} has {classCount} classes; the tagger needs {EntityTags.Count}: retrain it with ArabicNews.Training.");
        foreach (var weights in byClass)
        {
            if (weights.Length != slots.Count)
                throw new InvalidDataException($"{source} has {weights.Length} features but {slots.Count} feature slots: retrain it.");
        }

        var byFeature = new SortedDictionary<int, float[]>();
        for (var c = 0; c < classCount; c++)
        {
            var values = byClass[c].GetValues();
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] == 0)
                    continue;
                var feature = slots.FeatureOf(SlotOf(byClass[c], i));
                if (!byFeature.TryGetValue(feature, out var row))
                    byFeature[feature] = row = new float[EntityTags.Count];
                row[c] = values[i];
            }
        }

        var table = new float[byFeature.Count * EntityTags.Count];
        var r = 0;
        foreach (var row in byFeature.Values)
            row.CopyTo(table, EntityTags.Count * r++);
        return new TaggerModel([.. byFeature.Keys], table, [.. biases]);
    }

    // The slot of a VBuffer's i-th stored value: i itself when the buffer is dense.
    private static int SlotOf(in VBuffer<float> weights, int i) => weights.IsDense ? i : weights.GetIndices()[i];

    // Checks the manifest and reads the feature slots and the priors.
    private static (FeatureSlots Slots, TypePriors Priors) ReadEntries(MemoryStream buffer, string source, string expectedManifest)
    {
        string manifest;
        FeatureSlots slots;
        TypePriors priors;
        try
        {
            using var archive = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            using (var reader = new StreamReader(Entry(archive, ManifestEntry, source).Open()))
                manifest = reader.ReadToEnd();
            using (var slotStream = Entry(archive, SlotsEntry, source).Open())
                slots = FeatureSlots.Read(slotStream, source);
            using var priorReader = new StreamReader(Entry(archive, PriorsEntry, source).Open());
            priors = TypePriors.Parse(priorReader.ReadToEnd(), source);
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith(source, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source} is not a zip archive: {e.Message}", e);
        }

        if (!string.Equals(manifest, expectedManifest, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"{source} was trained on other features ({manifest.Replace('\n', ' ').Trim()}); this build needs " +
                $"({expectedManifest.Replace('\n', ' ').Trim()}). Retrain it: dotnet run -c Release --project samples/ArabicNews.Training -- train");
        }

        return (slots, priors);
    }

    private static ZipArchiveEntry Entry(ZipArchive archive, string name, string source) =>
        archive.GetEntry(name) ?? throw new InvalidDataException($"{source} has no '{name}': it was not written by ArabicNews.Training.");

    private static LinearMulticlassModelParametersBase? FindParameters(ITransformer transformer)
    {
        if (transformer is ISingleFeaturePredictionTransformer<LinearMulticlassModelParametersBase> predictor)
            return predictor.Model;
        if (transformer is IEnumerable<ITransformer> chain)
        {
            LinearMulticlassModelParametersBase? last = null;
            foreach (var part in chain)
                last = FindParameters(part) ?? last;
            return last;
        }

        return null;
    }
}
