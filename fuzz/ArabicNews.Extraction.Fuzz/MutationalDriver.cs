using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace ArabicNews.Extraction.Fuzz;

/// <summary>
/// A libFuzzer-style driver that needs no external fuzzer: it mutates seed texts at the UTF-16 level (deletions,
/// insertions of hostile code units and tokens, duplications, splices, long repeats), runs the target on each and
/// saves every failing input. Not coverage-guided: AFL through SharpFuzz is (see fuzz/README.md).
/// </summary>
internal sealed class MutationalDriver(Random random, IReadOnlyList<string> seeds, string crashDirectory)
{
    private const int MaxLength = 1 << 16;

    private static readonly string[] Tokens =
    [
        "«", "»", "“", "”", "„", "\"", "'", "‹", "›", ":", ".", "..", "…", "؟", "!", "،", "؛", "\n", "\r\n", "\r", "\u2029",
        "\u0085", "\t", " ", "\u00A0", "\u200B", "\u200F", "\u202B", "\u202E", "\u2067", "\u2069", "\u061C", "\uFEFF", "\u00AD",
        "\u0640", "\u064B", "\u0651", "\u0670", "\0", "\u0001", "\u007F", "\u009F", "\uD83D", "\uDE00", "\uD83D\uDE00",
        "\uDE00\uD83D", "\uFDFA", "\uFDFD", "\uFEFB", "\uFEF7", "ﻻ", "قال", "وقال", "أن", "إن", "وأضاف", "مصدر", "الرئيس",
        "وبالقاهرة", "للرئيس", "بوتين", "http://", "www.", ".com", "@", "3.5", "16/4", "10:30", "٣", "۴", "<p>", "&nbsp;",
        "U.S.", "د.", "ی", "ک", "ے", "ہ",
    ];

    private int _crashes;

    /// <summary>Runs until <paramref name="duration"/> has passed; returns the number of failing inputs found.</summary>
    public int Run(TimeSpan duration, TextWriter log)
    {
        var pool = new List<string>(seeds);
        var clock = Stopwatch.StartNew();
        long executions = 0;
        var nextReport = TimeSpan.FromSeconds(10);
        while (clock.Elapsed < duration)
        {
            var input = Mutate(pool[random.Next(pool.Count)], pool);
            executions++;
            try
            {
                FuzzTarget.Run(input);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Save(input, e, log);
            }

            // A growing pool of recent mutants lets mutations stack up without any one input growing without bound.
            if (pool.Count < 4 * seeds.Count + 256)
                pool.Add(input);
            else
                pool[seeds.Count + random.Next(pool.Count - seeds.Count)] = input;

            if (clock.Elapsed >= nextReport)
            {
                log.WriteLine($"{clock.Elapsed:hh\\:mm\\:ss} {executions} executions, {executions / clock.Elapsed.TotalSeconds:F0}/s, {_crashes} failing");
                nextReport += TimeSpan.FromSeconds(10);
            }
        }

        log.WriteLine($"done: {executions} executions in {clock.Elapsed.TotalSeconds:F0} s, {_crashes} failing inputs");
        return _crashes;
    }

    private string Mutate(string source, List<string> pool)
    {
        var text = new StringBuilder(source);
        var rounds = 1 + random.Next(6);
        for (var r = 0; r < rounds; r++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(9))
            {
                case 0 when text.Length > 0:
                    var length = 1 + random.Next(Math.Min(16, text.Length - Math.Min(at, text.Length - 1)));
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(length, text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 1:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2:
                    text.Insert(at, (char)random.Next(0x10000));
                    break;
                case 3:
                    text.Insert(at, (char)random.Next(0x0600, 0x0700));
                    break;
                case 4 when text.Length > 0:
                    text[Math.Min(at, text.Length - 1)] = (char)random.Next(0x10000);
                    break;
                case 5 when text.Length > 0:
                    var start = random.Next(text.Length);
                    var count = 1 + random.Next(Math.Min(64, text.Length - start));
                    text.Insert(at, text.ToString(start, count));
                    break;
                case 6:
                    var other = pool[random.Next(pool.Count)];
                    var from = random.Next(other.Length + 1);
                    text.Insert(at, other.AsSpan(from, random.Next(other.Length - from + 1)));
                    break;
                case 7:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)], random.Next(1, random.Next(2) == 0 ? 50 : 3000));
                    break;
                default:
                    if (text.Length > 1)
                    {
                        var a = random.Next(text.Length);
                        var b = random.Next(text.Length);
                        (text[a], text[b]) = (text[b], text[a]);
                    }

                    break;
            }
        }

        return text.Length > MaxLength ? text.ToString(0, MaxLength) : text.ToString();
    }

    private void Save(string input, Exception failure, TextWriter log)
    {
        _crashes++;
        var bytes = FuzzTarget.Encode(input);
        var name = "crash-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + ".bin";
        Directory.CreateDirectory(crashDirectory);
        File.WriteAllBytes(Path.Combine(crashDirectory, name), bytes);
        log.WriteLine($"FAILING INPUT {name} ({input.Length} code units): {failure.GetType().Name}: {failure.Message}");
    }
}
