using System.Globalization;
using System.IO.Compression;
using ArabicNews.Extraction.Entities;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ArabicNews.Training;

/// <summary>
/// One token as a training example: its gold tag (a key: ML.NET reads the tag index as class index) and its features
/// over the <see cref="FeatureSlots"/> (the count of each: almost always 1).
/// </summary>
internal sealed class TrainingRow
{
    [KeyType(EntityTags.Count)]
    public uint Label { get; set; }

    public VBuffer<float> Features { get; set; }
}

/// <summary>The training rows and the slots their features were mapped to.</summary>
internal sealed record TrainingSet(List<TrainingRow> Rows, FeatureSlots Slots);

/// <summary>A trained model, the schema of the rows it was trained on (which ML.NET saves with it) and its feature slots.</summary>
internal sealed record TrainedTagger(MulticlassPredictionTransformer<MaximumEntropyModelParameters> Model, DataViewSchema InputSchema, FeatureSlots Slots)
{
    /// <summary>The model as the library scores it.</summary>
    public TaggerModel ToTaggerModel() => TaggerModel.FromParameters(Model.Model, Slots, "trained model");
}

/// <summary>The trainer's settings; the defaults are the ones tuned on the held-out part of train.txt.</summary>
internal sealed record TrainingSettings
{
    /// <summary>Words seen at most this often in the training part lose their identity features.</summary>
    public int RareWordCount { get; init; } = 1;

    /// <summary>Features seen fewer times in the training part are left out (their weight stays 0).</summary>
    public int MinimumFeatureCount { get; init; } = 2;

    public float L1 { get; init; } = 0.1f;

    public float L2 { get; init; } = 0.1f;

    public int Iterations { get; init; } = 100;

    public float Tolerance { get; init; } = 1e-5f;

    public int History { get; init; } = 10;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"rare<={RareWordCount} minFeature={MinimumFeatureCount} L1={L1} L2={L2} iterations={Iterations} tolerance={Tolerance} history={History}");
}

/// <summary>Turns labeled documents into feature rows and trains the maximum-entropy tagger model with ML.NET.</summary>
internal static class TaggerTrainer
{
    public static TrainedTagger Train(
        MLContext ml, IReadOnlyList<LabeledDocument> documents, EntityFeatures features, Gazetteer gazetteer, TrainingSettings settings, TextWriter log)
    {
        var rare = RareWords(documents, settings.RareWordCount);
        var set = Featurize(documents, features, gazetteer, rare, settings.MinimumFeatureCount, log);
        var data = ml.Data.Cache(Load(ml, set));
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(TrainingRow.Label),
            FeatureColumnName = nameof(TrainingRow.Features),
            L1Regularization = settings.L1,
            L2Regularization = settings.L2,
            MaximumNumberOfIterations = settings.Iterations,
            OptimizationTolerance = settings.Tolerance,
            HistorySize = settings.History,
            NumberOfThreads = 1,
        });
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var model = trainer.Fit(data);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  trained in {stopwatch.Elapsed.TotalSeconds:F0} s"));
        return new TrainedTagger(model, data.Schema, set.Slots);
    }

    /// <summary>The rows as an ML.NET data view, the feature vector sized to the slots.</summary>
    public static IDataView Load(MLContext ml, TrainingSet set)
    {
        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, set.Slots.Count);
        return ml.Data.LoadFromEnumerable(set.Rows, schema);
    }

    /// <summary>The keys of the words seen at most <paramref name="maximumCount"/> times (none when it is 0).</summary>
    public static HashSet<ulong> RareWords(IReadOnlyList<LabeledDocument> documents, int maximumCount)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var document in documents)
        {
            foreach (var token in document.Document.Tokens)
            {
                var key = FeatureHash.Of(token.Normalized);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var rare = new HashSet<ulong>();
        foreach (var (key, count) in counts)
        {
            if (count <= maximumCount)
                rare.Add(key);
        }

        return rare;
    }

    /// <summary>
    /// One row per token: its features with the gold previous tag (teacher forcing, as a maximum-entropy Markov model is
    /// trained), features seen fewer than <paramref name="minimumCount"/> times dropped.
    /// </summary>
    public static TrainingSet Featurize(
        IReadOnlyList<LabeledDocument> documents, EntityFeatures features, Gazetteer gazetteer, IReadOnlySet<ulong> rareWords, int minimumCount, TextWriter log)
    {
        var examples = new List<(int Tag, int[] Features)>();
        var buffer = new FeatureBuffer();
        var previousFeatures = new int[EntityFeatures.PreviousTagFeatureCount];
        foreach (var labeled in documents)
        {
            var document = labeled.Document;
            var prepared = features.Prepare(document, gazetteer.Match(document), rareWords);
            buffer.Clear();
            for (var t = 0; t < document.Tokens.Length; t++)
            {
                prepared.AddTokenFeatures(t, buffer);
                var previous = t == prepared.SentenceStartOf(t) ? EntityTags.Outside : labeled.Tags[t - 1];
                prepared.AddPreviousTagFeatures(t, previous, previousFeatures);
                examples.Add((labeled.Tags[t], [.. buffer.Token(t), .. previousFeatures]));
            }
        }

        var counts = new int[EntityFeatures.Dimension];
        foreach (var (_, indices) in examples)
        {
            foreach (var index in indices)
                counts[index]++;
        }

        var kept = new List<int>();
        for (var index = 0; index < counts.Length; index++)
        {
            if (counts[index] >= minimumCount)
                kept.Add(index);
        }

        var slots = new FeatureSlots([.. kept]);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {examples.Count} tokens, {slots.Count} features seen at least {minimumCount} times"));
        var rows = new List<TrainingRow>(examples.Count);
        foreach (var (tag, indices) in examples)
            rows.Add(new TrainingRow { Label = (uint)tag, Features = SparseVector(indices, slots) });
        return new TrainingSet(rows, slots);
    }

    /// <summary>A token's hashed features as a vector over <paramref name="slots"/>; features without a slot are left out.</summary>
    public static VBuffer<float> SparseVector(ReadOnlySpan<int> features, FeatureSlots slots)
    {
        var sorted = features.ToArray();
        Array.Sort(sorted);
        var indices = new List<int>(sorted.Length);
        var values = new List<float>(sorted.Length);
        foreach (var feature in sorted)
        {
            var slot = slots.SlotOf(feature);
            if (slot < 0)
                continue;
            if (indices.Count > 0 && indices[^1] == slot)
            {
                values[^1]++;
                continue;
            }

            indices.Add(slot);
            values.Add(1);
        }

        return new VBuffer<float>(slots.Count, indices.Count, [.. values], [.. indices]);
    }

    /// <summary>
    /// Saves the model as ML.NET saves it, plus the <see cref="TaggerModel.ManifestEntry"/>, with fixed entry times so
    /// that the same model gives the same bytes.
    /// </summary>
    public static void Save(MLContext ml, TrainedTagger tagger, EntityFeatures features, TypePriors priors, string path)
    {
        using var saved = new MemoryStream();
        ml.Model.Save(tagger.Model, tagger.InputSchema, saved);
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        using var file = File.Create(path);
        using var target = new ZipArchive(file, ZipArchiveMode.Create);
        var fixedTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var entry in source.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize);
            copy.LastWriteTime = fixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }

        var slots = target.CreateEntry(TaggerModel.SlotsEntry, CompressionLevel.SmallestSize);
        slots.LastWriteTime = fixedTime;
        using (var slotStream = slots.Open())
            tagger.Slots.Write(slotStream);

        var priorEntry = target.CreateEntry(TaggerModel.PriorsEntry, CompressionLevel.SmallestSize);
        priorEntry.LastWriteTime = fixedTime;
        using (var priorWriter = new StreamWriter(priorEntry.Open()))
            priorWriter.Write(priors.ToString());

        var manifest = target.CreateEntry(TaggerModel.ManifestEntry, CompressionLevel.SmallestSize);
        manifest.LastWriteTime = fixedTime;
        using var writer = new StreamWriter(manifest.Open());
        writer.Write(TaggerModel.Manifest(features));
    }
}
