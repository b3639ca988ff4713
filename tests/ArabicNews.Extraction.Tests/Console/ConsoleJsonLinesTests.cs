using System.Text;
using System.Text.Json;
using ArabicNews.Extraction.Tests.Reliability;

namespace ArabicNews.Extraction.Tests.ConsoleProgram;

/// <summary>The --jsonl mode: one output line per input line, in input order, each with its id.</summary>
public class ConsoleJsonLinesTests
{
    [Fact]
    public void Many_lines_come_out_in_input_order_with_their_ids_and_valid_articles()
    {
        var texts = Enumerable.Range(0, 400).Select(i => i % 7 == 0 ? HostileText.SingleLine(20_000 + i) : $"الخبر رقم {i}.\nقال الوزير إن العدد {i}.").ToArray();
        var input = string.Concat(texts.Select((t, i) => JsonSerializer.Serialize(new { id = $"n{i}", text = t }) + "\n"));

        var result = ExtractProcess.Run(["--jsonl"], Encoding.UTF8.GetBytes(input));

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        var lines = result.StdoutLines;
        Assert.Equal(texts.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            Assert.Equal($"n{i}", json.RootElement.GetProperty("id").GetString());
            ArticleContract.CheckJson(lines[i], texts[i]);
        }
    }

    [Fact]
    public void Ids_of_any_JSON_type_are_echoed_and_missing_ids_become_line_numbers()
    {
        const string input = """
            {"id": 7, "text": "أ."}
            {"id": {"site": "x", "n": 1}, "text": "ب."}
            {"text": "ج."}
            {"id": null, "text": "د."}
            """;

        var result = ExtractProcess.Run(["--jsonl"], Encoding.UTF8.GetBytes(input));

        var ids = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetRawText()).ToArray();
        Assert.Equal(["7", """{"site":"x","n":1}""", "3", "null"], ids);
    }

    [Fact]
    public void Tokens_are_included_on_request()
    {
        var result = ExtractProcess.Run(["--jsonl", "--tokens"], Encoding.UTF8.GetBytes("""{"id": 1, "text": "وبالقاهرة قال."}"""));

        ArticleContract.CheckJson(result.StdoutLines.Single(), "وبالقاهرة قال.");
        using var json = JsonDocument.Parse(result.StdoutLines.Single());
        Assert.Equal(3, json.RootElement.GetProperty("tokens").GetArrayLength());
    }
}
