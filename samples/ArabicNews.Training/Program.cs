using System.Diagnostics;
using System.Globalization;
using ArabicNews.Extraction.Entities;
using Microsoft.ML;

namespace ArabicNews.Training;

/// <summary>
/// Trains and evaluates the entity tagger. Commands:
/// <c>clusters</c> learns the word clusters from unlabelled news and train.txt;
/// <c>train</c> cross-validates on train.txt (P/R/F1 on its held-out parts), then trains on all of it and writes the model;
/// <c>evaluate</c> scores the extractor end to end on the ANERcorp test files.
/// </summary>
internal static class Program
{
    private const string Usage = """
        ArabicNews.Training — the entity tagger's training and evaluation
          clusters                 learn word clusters from ../shared/data/news and train.txt; write Resources/Models/word-clusters.zip
          train [--holdout-only]   cross-validate on train.txt (P/R/F1 on its held-out parts, type priors tuned on them),
                                   then train on all of it and write Resources/Models/entity-tagger.zip
                                   (--holdout-only: report only)
                [--folds N]        held-out parts (default 5; 1: the last 15% only, quicker)
                [--l1 X] [--l2 X] [--rare N] [--min-feature N] [--iterations N] [--errors FILE]
                                   (--errors lists the held-out sentences' missed and wrong mentions)
          evaluate [--predictions FILE.jsonl] [--write-input DIR]
                                   score the extractor end to end on test.txt and test.as-released.txt (each sentence
                                   one article); --predictions scores the console's --jsonl output for test.txt instead;
                                   --write-input writes the JSON Lines inputs for the console
        """;

    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var options = ParseOptions(args.AsSpan(1));
        var stopwatch = Stopwatch.StartNew();
        var status = args[0] switch
        {
            "clusters" => ClusterCommand.Run(Paths.Locate(), Console.Out),
            "train" => Train(Paths.Locate(), options),
            "evaluate" => EvaluationCommand.Run(Paths.Locate(), options.GetValueOrDefault("--predictions"), options.GetValueOrDefault("--write-input"), Console.Out),
            _ => -1,
        };
        if (status < 0)
        {
            Console.Error.WriteLine($"Unknown command '{args[0]}'.\n{Usage}");
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in {stopwatch.Elapsed.TotalSeconds:F0} s"));
        return status;
    }

    private static int Train(Paths paths, Dictionary<string, string?> options)
    {
        var settings = new TrainingSettings();
        settings = settings with
        {
            L1 = Float(options, "--l1", settings.L1),
            L2 = Float(options, "--l2", settings.L2),
            RareWordCount = Int(options, "--rare", settings.RareWordCount),
            MinimumFeatureCount = Int(options, "--min-feature", settings.MinimumFeatureCount),
            Iterations = Int(options, "--iterations", settings.Iterations),
        };
        Console.WriteLine($"settings: {settings}");

        var sentences = AnerCorpus.Read(paths.Train);
        var segmenter = new CorpusSegmenter();
        var documents = sentences.Select(segmenter.Label).ToList();
        var features = new EntityFeatures(paths.ReadClusters(Console.Out), EntityTriggers.BuiltIn);
        var builtIn = Gazetteer.BuiltIn().ToList();
        var gazetteer = new Gazetteer(builtIn);

        // Cross-validation: each of `folds` contiguous parts of train.txt is held out in turn (with one fold, the last
        // 15% is, as the test part is the end of the corpus). Every score and tuning decision comes from these parts.
        var folds = Int(options, "--folds", 5);
        var parts = new List<HeldOutPart>();
        for (var f = 0; f < folds; f++)
        {
            var (start, end) = folds == 1 ? (documents.Count - (documents.Count * 15 / 100), documents.Count)
                : (documents.Count * f / folds, documents.Count * (f + 1) / folds);
            Console.WriteLine($"fold {f + 1}/{folds}: holding out sentences {start + 1}-{end} of {documents.Count}");
            var model = TaggerTrainer.Train(new MLContext(seed: 1), [.. documents[..start], .. documents[end..]], features, gazetteer, settings, Console.Out);
            parts.Add(new HeldOutPart(documents[start..end], model.ToTaggerModel()));
        }

        Console.WriteLine("held-out parts of train.txt (exact spans):");
        Console.WriteLine(HeldOut.Score(parts, gazetteer, features, TypePriors.None).Report());
        var priors = PriorTuning.Tune(parts, gazetteer, features, Console.Out);
        Console.WriteLine($"held-out parts with the type priors tuned on them ({priors.ToString().Replace('\n', ' ').Trim()}):");
        using (var errors = options.GetValueOrDefault("--errors") is { } errorPath ? new StreamWriter(errorPath) : null)
            Console.WriteLine(HeldOut.Score(parts, gazetteer, features, priors, errors).Report());

        // A lexicon of the names annotated outside the last part, as large as a rich gazetteer, shows how the tagger
        // uses gazetteer hits it cannot take on faith (this lexicon is not shipped: the built-in one is).
        var last = parts[^1];
        var lastStart = documents.Count - last.Documents.Count;
        var large = new Gazetteer([.. builtIn, .. HeldOut.AnnotatedNames(documents[..lastStart])]);
        var tagger = new EntityTagger(features, last.Model.WithPriors(priors));
        Console.WriteLine("last held-out part with the other parts' names as the gazetteer:");
        Console.WriteLine(HeldOut.Score(last.Documents, new EntityRecognizer(large, tagger)).Report());
        Console.WriteLine(HeldOut.GazetteerTrust(last.Documents, large, tagger));

        if (options.ContainsKey("--holdout-only"))
            return 0;

        Console.WriteLine("training on all of train.txt");
        var ml = new MLContext(seed: 1);
        var final = TaggerTrainer.Train(ml, documents, features, gazetteer, settings, Console.Out);
        TaggerTrainer.Save(ml, final, features, priors, paths.Model);
        var weighted = final.ToTaggerModel().WeightedFeatureCount;
        Console.WriteLine($"wrote {paths.Model} ({new FileInfo(paths.Model).Length / 1024} KB, {weighted} weighted features)");
        return 0;
    }

    private static Dictionary<string, string?> ParseOptions(ReadOnlySpan<string> args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i]] = hasValue ? args[++i] : null;
        }

        return options;
    }

    private static float Float(Dictionary<string, string?> options, string name, float fallback) =>
        options.TryGetValue(name, out var value) && value is not null ? float.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static int Int(Dictionary<string, string?> options, string name, int fallback) =>
        options.TryGetValue(name, out var value) && value is not null ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
