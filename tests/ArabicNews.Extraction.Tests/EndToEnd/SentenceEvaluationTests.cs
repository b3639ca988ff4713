using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.EndToEnd;

/// <summary>
/// Runs the console's --jsonl mode over the shared sentence cases and scores it with the shared scorer, exactly as the
/// README's measurement does.
/// </summary>
public class SentenceEvaluationTests
{
    /// <summary>The boundary F1 measured on ../shared/eval/sentences/dev.jsonl (1.0), rounded down a little.</summary>
    private const double BoundaryF1Floor = 0.98;

    [Fact]
    public async Task Sentence_cases_sent_through_the_console_score_at_least_the_measured_boundary_f1()
    {
        var gold = SharedData.PathOf("eval", "sentences", "dev.jsonl");
        var input = Path.Combine(Path.GetTempPath(), $"arabicnews-sentences-{Guid.NewGuid():N}.jsonl");
        var output = Path.ChangeExtension(input, ".out.jsonl");
        try
        {
            await File.WriteAllLinesAsync(input, IdAndTextLines(gold), new UTF8Encoding(false));
            var console = Path.Combine(AppContext.BaseDirectory, "ArabicNews.Extract.dll");
            var articles = await RunAsync(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", ["exec", console, "--jsonl", input]);
            await File.WriteAllTextAsync(output, articles, new UTF8Encoding(false));

            var report = await RunAsync("python3", [SharedData.PathOf("eval", "sentences_score.py"), gold, output]);

            var lastLine = report.TrimEnd().Split('\n')[^1];
            var f1 = JsonNode.Parse(lastLine)!["boundary_f1"]!.GetValue<double>();
            Assert.True(f1 >= BoundaryF1Floor, $"boundary F1 {f1:F3} fell below {BoundaryF1Floor}: {report}");
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    // The gold lines carry the expected sentences; the console gets only what a user would send.
    private static IEnumerable<string> IdAndTextLines(string gold)
    {
        foreach (var line in File.ReadLines(gold))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var node = JsonNode.Parse(line)!;
            yield return new JsonObject { ["id"] = node["id"]!.DeepClone(), ["text"] = node["text"]!.DeepClone() }.ToJsonString();
        }
    }

    private static async Task<string> RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
