using SharpFuzz;

namespace ArabicNews.Extraction.Fuzz;

/// <summary>Fuzzing entry point: under AFL (SharpFuzz), as a standalone mutational driver, or replaying saved inputs.</summary>
internal static class Program
{
    private const string Usage = """
        Usage:
          ArabicNews.Extraction.Fuzz afl                       run under afl-fuzz (see fuzz/README.md and fuzz/run-afl.sh)
          ArabicNews.Extraction.Fuzz mutate [SECONDS] [SEED] [CORPUS_DIR] [CRASH_DIR]
                                                               mutate seed inputs in process for SECONDS (default 60)
          ArabicNews.Extraction.Fuzz replay FILE...            run saved inputs (AFL crashes, crash-*.bin) once each
        An input starting with the bytes FF FE is raw UTF-16LE code units; any other input is UTF-8.
        """;

    private static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "afl":
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    FuzzTarget.Run(buffer.ToArray());
                });
                return 0;
            case "mutate":
                var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60;
                var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.TickCount;
                var corpus = args.Length > 3 ? args[3] : Path.Combine(AppContext.BaseDirectory, "corpus");
                var crashes = args.Length > 4 ? args[4] : "fuzz-crashes";
                Console.WriteLine($"seed {seed}, corpus {corpus}, failing inputs to {crashes}");
                var seeds = Directory.Exists(corpus)
                    ? Directory.GetFiles(corpus).Order(StringComparer.Ordinal).Select(f => FuzzTarget.Decode(File.ReadAllBytes(f))).ToList()
                    : [];
                if (seeds.Count == 0)
                    seeds.Add("قال الرئيس إن «المحادثات بناءة».");
                var found = new MutationalDriver(new Random(seed), seeds, crashes).Run(TimeSpan.FromSeconds(seconds), Console.Out);
                return found == 0 ? 0 : 1;
            case "replay" when args.Length > 1:
                var failures = 0;
                foreach (var file in args.Skip(1))
                {
                    try
                    {
                        FuzzTarget.Run(File.ReadAllBytes(file));
                        Console.WriteLine($"ok    {file}");
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        failures++;
                        Console.WriteLine($"FAIL  {file}: {e}");
                    }
                }

                return failures == 0 ? 0 : 1;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }
}
