using System.IO.Compression;
using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Resources;
using ArabicNews.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ArabicNews.Extraction.Tests.Entities;

public class TaggerModelTests
{
    private static readonly string[] Sentences =
    [
        "وقال الرئيس الروسي فلاديمير بوتين في موسكو إن العلاقات مع الولايات المتحدة تمر بمرحلة صعبة .",
        "أعلنت شركة مايكروسوفت الأمريكية أمس عن نظام تشغيل جديد .",
        "وصل وزير الخارجية المصري إلى بيروت في زيارة تستغرق يومين التقى خلالها رئيس الحكومة اللبنانية .",
        "ذكرت وكالة الأنباء الفرنسية أن الأمم المتحدة دعت إلى وقف إطلاق النار في دارفور .",
    ];

    [Fact]
    public void Direct_scores_give_the_same_probabilities_and_predictions_as_MLNET()
    {
        var bytes = EmbeddedModelBytes();
        var direct = TaggerModel.Load(new MemoryStream(bytes), "embedded model", EntityFeatures.BuiltIn);
        var ml = new MLContext(seed: 0);
        var transformer = ml.Model.Load(new MemoryStream(bytes), out _);
        var slots = ReadSlots(bytes);

        // Each token with two different previous tags, so the previous-tag features are compared too.
        var rows = new List<TrainingRow>();
        var expected = new List<float[]>();
        var segmenter = new CorpusSegmenter();
        var gazetteer = new Gazetteer(Gazetteer.BuiltIn());
        var buffer = new FeatureBuffer();
        var previous = new int[EntityFeatures.PreviousTagFeatureCount];
        foreach (var sentence in Sentences)
        {
            var document = segmenter.Segment(sentence);
            var prepared = EntityFeatures.BuiltIn.Prepare(document, gazetteer.Match(document));
            buffer.Clear();
            for (var t = 0; t < document.Tokens.Length; t++)
            {
                prepared.AddTokenFeatures(t, buffer);
                foreach (var previousTag in new[] { EntityTags.Outside, EntityTags.Begin(EntityType.Person) })
                {
                    prepared.AddPreviousTagFeatures(t, previousTag, previous);
                    int[] features = [.. buffer.Token(t), .. previous];
                    rows.Add(new TrainingRow { Features = TaggerTrainer.SparseVector(features, slots) });
                    var scores = new float[EntityTags.Count];
                    direct.Score(features, scores);
                    expected.Add(Softmax(scores));
                }
            }
        }

        var scored = transformer.Transform(TaggerTrainer.Load(ml, new TrainingSet(rows, slots)));
        var actual = ReadScores(scored);

        Assert.Equal(expected.Count, actual.Count);
        Assert.True(expected.Count > 100);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(ArgMax(expected[i]), ArgMax(actual[i].Scores));
            Assert.Equal((uint)ArgMax(expected[i]) + 1, actual[i].PredictedKey);
            for (var c = 0; c < EntityTags.Count; c++)
                Assert.InRange(actual[i].Scores[c] - expected[i][c], -1e-5f, 1e-5f);
        }
    }

    [Fact]
    public void Model_trained_on_other_features_is_refused_with_what_to_do()
    {
        var bytes = ReplaceEntry(EmbeddedModelBytes(), TaggerModel.ManifestEntry, "features=0\n");

        var error = Assert.Throws<InvalidDataException>(() => TaggerModel.Load(new MemoryStream(bytes), "old-model.zip", EntityFeatures.BuiltIn));

        Assert.Contains("old-model.zip", error.Message, StringComparison.Ordinal);
        Assert.Contains("Retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_that_is_not_a_model_is_refused_with_its_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => TaggerModel.Load(new MemoryStream([1, 2, 3, 4]), "notes.txt", EntityFeatures.BuiltIn));

        Assert.Contains("notes.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_in_model_weights_a_reasonable_number_of_features()
    {
        var model = EntityTagger.BuiltIn.Model;

        Assert.InRange(model.WeightedFeatureCount, 10_000, EntityFeatures.Dimension);
    }

    private static byte[] EmbeddedModelBytes()
    {
        using var stream = EmbeddedResources.Open(TaggerModel.Resource);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static FeatureSlots ReadSlots(byte[] model)
    {
        using var archive = new ZipArchive(new MemoryStream(model), ZipArchiveMode.Read);
        using var entry = archive.GetEntry(TaggerModel.SlotsEntry)!.Open();
        return FeatureSlots.Read(entry, "embedded model");
    }

    private static byte[] ReplaceEntry(byte[] model, string name, string content)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(model), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == name)
                {
                    to.Write(System.Text.Encoding.UTF8.GetBytes(content));
                    continue;
                }

                using var from = entry.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    private static List<(float[] Scores, uint PredictedKey)> ReadScores(IDataView scored)
    {
        var result = new List<(float[], uint)>();
        using var cursor = scored.GetRowCursor([scored.Schema["Score"], scored.Schema["PredictedLabel"]]);
        var getScore = cursor.GetGetter<VBuffer<float>>(scored.Schema["Score"]);
        var getLabel = cursor.GetGetter<uint>(scored.Schema["PredictedLabel"]);
        var scores = default(VBuffer<float>);
        var label = 0u;
        while (cursor.MoveNext())
        {
            getScore(ref scores);
            getLabel(ref label);
            result.Add((scores.DenseValues().ToArray(), label));
        }

        return result;
    }

    private static float[] Softmax(float[] scores)
    {
        var max = scores.Max();
        var exp = scores.Select(s => MathF.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select(e => e / sum)];
    }

    private static int ArgMax(float[] values) => Array.IndexOf(values, values.Max());
}
