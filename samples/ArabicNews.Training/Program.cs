using System.Diagnostics;
using System.Globalization;
using ArabicNews.Extraction.Entities;
using Microsoft.ML;

namespace ArabicNews.Training;

/// <summary>
/// Trains and evaluates the entity tagger. Commands:
/// <c>clusters</c> learns the word clusters from unlabelled news and train.txt;
/// <c>train</c> reports P/R/F1 on the held-out part of train.txt, then trains on all of it and writes the model;
/// <c>evaluate</c> scores the extractor end to end on the ANERcorp test files.
/// </summary>
internal static class Program
{
    private const string Usage = """
        ArabicNews.Training — the entity tagger's training and evaluation
          clusters                 learn word clusters from ../shared/data/news and train.txt; write Resources/Models/word-clusters.zip
          train [--holdout-only]   report P/R/F1 on the held-out part of train.txt, then train on all of it and write
                                   Resources/Models/entity-tagger.zip (--holdout-only: report only)
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

        // The held-out part is the end of train.txt, as the test part is the end of the corpus.
        var heldOutStart = documents.Count - (documents.Count * 15 / 100);
        Console.WriteLine($"train.txt: {documents.Count} sentences; training on the first {heldOutStart}, holding out {documents.Count - heldOutStart}");
        var ml = new MLContext(seed: 1);
        var model = TaggerTrainer.Train(ml, documents[..heldOutStart], features, gazetteer, settings, Console.Out);
        var heldOut = documents[heldOutStart..];
        Console.WriteLine("held-out part of train.txt (exact spans):");
        Console.WriteLine(HeldOut.Score(heldOut, new EntityRecognizer(gazetteer, new EntityTagger(features, model.ToTaggerModel()))).Report());
        var priors = PriorTuning.Tune(heldOut, gazetteer, features, model.ToTaggerModel(), Console.Out);
        var tagger = new EntityTagger(features, model.ToTaggerModel().WithPriors(priors));
        Console.WriteLine($"held-out part with the type priors tuned on it ({priors.ToString().Replace('\n', ' ').Trim()}):");
        using (var errors = options.GetValueOrDefault("--errors") is { } errorPath ? new StreamWriter(errorPath) : null)
            Console.WriteLine(HeldOut.Score(heldOut, new EntityRecognizer(gazetteer, tagger), errors).Report());

        // A lexicon as large as the training part's annotations shows how the tagger uses gazetteer hits it cannot
        // take on faith (this lexicon is not shipped: the built-in one is).
        var large = new Gazetteer([.. builtIn, .. HeldOut.AnnotatedNames(documents[..heldOutStart])]);
        Console.WriteLine("held-out part with the training part's names as the gazetteer:");
        Console.WriteLine(HeldOut.Score(documents[heldOutStart..], new EntityRecognizer(large, tagger)).Report());
        Console.WriteLine(HeldOut.GazetteerTrust(documents[heldOutStart..], large, tagger));

        if (options.ContainsKey("--holdout-only"))
            return 0;

        Console.WriteLine("training on all of train.txt");
        ml = new MLContext(seed: 1);
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
