using System.Text;
using System.Text.Json;
using ArabicNews.Extraction;
using ArabicNews.Extraction.Serialization;

namespace ArabicNews.Training;

/// <summary>
/// End-to-end evaluation on the ANERcorp test files, as users run the extractor: each test sentence's tokens joined by
/// spaces are one article, extracted and serialized to the article JSON contract exactly as the console's
/// <c>--jsonl</c> mode does, and the mentions read back from that JSON are scored against the gold spans
/// (<see cref="SpanScorer"/>). Test files are only ever scored here, never trained or tuned on.
/// </summary>
internal static class EvaluationCommand
{
    public static int Run(Paths paths, string? predictionsPath, string? inputDirectory, TextWriter log)
    {
        var files = new[] { ("test.txt", paths.Test), ("test.as-released.txt", paths.TestAsReleased) };
        if (inputDirectory is not null)
        {
            Directory.CreateDirectory(inputDirectory);
            foreach (var (name, path) in files)
            {
                var target = Path.Combine(inputDirectory, Path.ChangeExtension(name, ".jsonl"));
                File.WriteAllLines(target, AnerCorpus.Read(path).Select((s, i) => JsonLine(i + 1, s.Text)), new UTF8Encoding(false));
                log.WriteLine($"wrote {target}");
            }

            return 0;
        }

        if (predictionsPath is not null)
        {
            var sentences = AnerCorpus.Read(paths.Test);
            var scorer = Score(sentences, ReadPredictions(predictionsPath, sentences.Count));
            log.WriteLine($"{predictionsPath} against test.txt (exact spans):\n{scorer.Report()}");
            return 0;
        }

        // PER/ORG/LOC as users get them, with the default extractor (MISC off, which changes how the tagger's spans and
        // the gazetteer's combine); MISC from an extractor that reports it.
        var extractor = ArticleExtractor.CreateDefault();
        var withMisc = new ArticleExtractorBuilder().IncludeMiscEntities().Build();
        foreach (var (name, path) in files)
        {
            var sentences = AnerCorpus.Read(path);
            var scorer = Score(sentences, Predict(extractor, sentences));
            var misc = Score(sentences, Predict(withMisc, sentences));
            log.WriteLine($"{name}: {sentences.Count} sentences, each one article (exact spans):\n{scorer.Report(withMisc: false)}");
            log.WriteLine($"{misc.MiscRow()}   (IncludeMiscEntities)");
        }

        return 0;
    }

    /// <summary>Each sentence's mentions, read back from its article JSON.</summary>
    public static List<IReadOnlyList<PredictedSpan>> Predict(ArticleExtractor extractor, IReadOnlyList<CorpusSentence> sentences) =>
        [.. sentences.Select(s => MentionsOf(ArticleJson.Serialize(ArticleJson.ToDocument(extractor.Extract(s.Text)))))];

    /// <summary>Scores one prediction list per sentence.</summary>
    public static SpanScorer Score(IReadOnlyList<CorpusSentence> sentences, IReadOnlyList<IReadOnlyList<PredictedSpan>> predictions)
    {
        var scorer = new SpanScorer();
        for (var i = 0; i < sentences.Count; i++)
            scorer.Add(sentences[i].Text, sentences[i].Spans(), predictions[i]);
        return scorer;
    }

    /// <summary>The mentions of one article JSON object, with their entity's type.</summary>
    public static List<PredictedSpan> MentionsOf(string articleJson)
    {
        var mentions = new List<PredictedSpan>();
        using var json = JsonDocument.Parse(articleJson);
        foreach (var entity in json.RootElement.GetProperty("entities").EnumerateArray())
        {
            var type = entity.GetProperty("type").GetString() switch
            {
                "PERSON" => EntityType.Person,
                "ORGANIZATION" => EntityType.Organization,
                "LOCATION" => EntityType.Location,
                _ => EntityType.Misc,
            };
            foreach (var mention in entity.GetProperty("mentions").EnumerateArray())
                mentions.Add(new PredictedSpan(mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32(), type));
        }

        return mentions;
    }

    private static string JsonLine(int id, string text) => JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = id, ["text"] = text });

    // The console writes one line per input line, in order, each with the input's id.
    private static List<IReadOnlyList<PredictedSpan>> ReadPredictions(string path, int count)
    {
        var predictions = new List<IReadOnlyList<PredictedSpan>>(count);
        for (var i = 0; i < count; i++)
            predictions.Add([]);
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetInt32();
            predictions[id - 1] = MentionsOf(line);
        }

        return predictions;
    }
}
