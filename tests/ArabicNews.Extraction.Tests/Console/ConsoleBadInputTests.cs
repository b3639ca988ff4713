using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ArabicNews.Extraction.Tests.Reliability;

namespace ArabicNews.Extraction.Tests.ConsoleProgram;

/// <summary>Bad inputs are reported with their file and line, the exit status is 1, and nothing else is lost.</summary>
public class ConsoleBadInputTests
{
    [Fact]
    public void A_directory_with_unreadable_and_invalid_files_is_processed_to_the_end()
    {
        using var directory = new TempDirectory();
        directory.File("in/1-good.txt", "الخبر الأول.");
        directory.Bytes("in/2-bad-utf8.txt", [.. Encoding.UTF8.GetBytes("سطر سليم\nثم "), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(" خطأ")]);
        directory.Bytes("in/3-utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("نص")]);
        File.CreateSymbolicLink(directory.Combine("in", "4-unreadable.txt"), "4-unreadable.txt");
        directory.File("in/5-good.txt", "الخبر الثاني.");
        var missing = directory.Combine("missing.txt");
        var output = directory.Combine("out");

        var result = ExtractProcess.Run("--out", output, directory.Combine("in"), missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(4, result.StderrLines.Length);
        AssertReported(result, "2-bad-utf8.txt:2: invalid UTF-8");
        AssertReported(result, "3-utf16.txt:1: the text is UTF-16");
        AssertReported(result, "4-unreadable.txt: cannot read");
        AssertReported(result, "missing.txt: cannot read");
        Assert.Equal(["1-good.json", "5-good.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        ArticleContract.CheckJson(File.ReadAllText(Path.Combine(output, "5-good.json")), "الخبر الثاني.");
    }

    [Fact]
    public void Bad_files_among_several_on_stdout_lose_nothing_else()
    {
        using var directory = new TempDirectory();
        var good = directory.File("good.txt", "خبر.");
        var bad = directory.Bytes("bad.txt", [0xC3]);
        var other = directory.File("other.txt", "خبر آخر.");

        var result = ExtractProcess.Run(good, bad, directory.Combine("nowhere.txt"), other);

        Assert.Equal(1, result.ExitCode);
        var ids = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();
        Assert.Equal([good, other], ids);
        Assert.Equal(2, result.StderrLines.Length);
    }

    [Fact]
    public void Invalid_JSON_lines_are_reported_with_file_and_line_and_the_rest_written_in_order()
    {
        using var directory = new TempDirectory();
        byte[][] lines =
        [
            Line("""{"id": "a", "text": "الخبر الأول."}"""),
            Line("not json"),
            Line("""{"id": "b"}"""),
            Line("""[1, 2]"""),
            [.. Encoding.UTF8.GetBytes("{\"id\": \"c\", \"text\": \"خطأ "), 0xFF, .. Encoding.UTF8.GetBytes("\"}\n")],
            Line("""{"id": "d", "text": "a\ud800b"}"""),
            Line(string.Empty),
            Line("""{"text": "بلا معرف."}"""),
            Encoding.UTF8.GetBytes("{\"id\": \"e\", \"text\": \"سطر\\r\\nثان\"}\r\n"),
            Line("""{"id": "f", "text": "الخبر الأخير."}"""),
        ];
        directory.Bytes("in/a.jsonl", [.. lines.SelectMany(l => l)]);
        directory.File("in/b.jsonl", """{"id": "g", "text": "ملف ثان."}""");
        File.CreateSymbolicLink(directory.Combine("in", "c.jsonl"), "c.jsonl");

        var toStdout = ExtractProcess.Run("--jsonl", directory.Combine("in"));
        var toFiles = ExtractProcess.Run("--jsonl", "--out", directory.Combine("out"), directory.Combine("in"));

        Assert.Equal(1, toStdout.ExitCode);
        Assert.Equal(JsonIds(["a", 8, "e", "f", "g"]), Ids(toStdout.StdoutLines));
        Assert.Equal(6, toStdout.StderrLines.Length);
        AssertReported(toStdout, "c.jsonl: cannot read");
        AssertReported(toStdout, "a.jsonl:2: invalid JSON");
        AssertReported(toStdout, "a.jsonl:3: the object has no string \"text\" field");
        AssertReported(toStdout, "a.jsonl:4: expected a JSON object");
        AssertReported(toStdout, "a.jsonl:5: invalid UTF-8");
        AssertReported(toStdout, "a.jsonl:6: the \"text\" string cannot be decoded");
        Assert.Equal(1, toFiles.ExitCode);
        Assert.Equal(toStdout.StderrLines.Length, toFiles.StderrLines.Length);
        Assert.Equal(JsonIds(["a", 8, "e", "f"]), Ids(File.ReadAllLines(directory.Combine("out", "a.jsonl"))));
        Assert.Equal(JsonIds(["g"]), Ids(File.ReadAllLines(directory.Combine("out", "b.jsonl"))));
    }

    [Fact]
    public void Unwritable_output_directory_is_reported_not_thrown()
    {
        using var directory = new TempDirectory();
        var blocker = directory.File("blocker", "a file where the output directory should be");

        var result = ExtractProcess.Run(["--out", Path.Combine(blocker, "out")], Encoding.UTF8.GetBytes("خبر."));

        Assert.Equal(1, result.ExitCode);
        AssertReported(result, "cannot create the output directory");
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_on_standard_output_is_reported_with_status_one_on_linux()
    {
        using var directory = new TempDirectory();
        var article = directory.File("a.txt", "خبر.");
        var start = new ProcessStartInfo("sh") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", "dotnet \"$0\" \"$1\" > /dev/full", ExtractProcess.DllPath, article })
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("cannot write standard output", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static byte[] Line(string text) => Encoding.UTF8.GetBytes(text + "\n");

    private static string[] JsonIds(object[] ids) => [.. ids.Select(id => JsonSerializer.Serialize(id))];

    private static string[] Ids(IEnumerable<string> lines) =>
        [.. lines.Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetRawText())];

    private static void AssertReported(ExtractProcess.Result result, string message) =>
        Assert.True(
            result.StderrLines.Any(l => l.Contains(message, StringComparison.Ordinal)),
            $"'{message}' not reported; stderr was:\n{result.Stderr}");
}
