using System.Text;
using System.Text.Json;
using ArabicNews.Extraction.Tests.Reliability;

namespace ArabicNews.Extraction.Tests.ConsoleProgram;

/// <summary>The console program on text files and standard input: output, options, exit status.</summary>
public class ConsoleArticleTests
{
    private const string Article = "قمة في القاهرة\nقال الوزير إن المحادثات كانت بناءة. وأضاف أن الوفد وصل أمس.\nوتابع: «نحن مستعدون».\n";

    [Fact]
    public void Help_prints_usage_and_exits_zero()
    {
        var result = ExtractProcess.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage: ArabicNews.Extract", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--jsonl", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit status", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("-x")]
    [InlineData("--format", "xml")]
    [InlineData("--out")]
    [InlineData("--jsonl", "--format", "text")]
    [InlineData("--format", "text", "--out", "somewhere")]
    public void A_usage_error_exits_two_with_the_reason_on_stderr(params string[] args)
    {
        var result = ExtractProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("ArabicNews.Extract: ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void One_file_gives_one_article_JSON_on_stdout()
    {
        using var directory = new TempDirectory();
        var path = directory.File("a.txt", Article);

        var result = ExtractProcess.Run(path);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Single(result.StdoutLines);
        ArticleContract.CheckJson(result.Stdout, Article);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("قمة في القاهرة", json.RootElement.GetProperty("title").GetProperty("text").GetString());
        Assert.Contains("القاهرة", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_when_no_file_or_a_dash_is_given()
    {
        var bytes = Encoding.UTF8.GetBytes(Article);

        var implicitInput = ExtractProcess.Run([], bytes);
        var dash = ExtractProcess.Run(["-"], bytes);

        Assert.Equal(0, implicitInput.ExitCode);
        Assert.Equal(implicitInput.Stdout, dash.Stdout);
        ArticleContract.CheckJson(dash.Stdout, Article);
    }

    [Fact]
    public void Pretty_output_is_indented_and_the_same_JSON()
    {
        var bytes = Encoding.UTF8.GetBytes(Article);

        var compact = ExtractProcess.Run([], bytes);
        var pretty = ExtractProcess.Run(["--pretty"], bytes);

        Assert.Contains("\n  \"paragraphs\"", pretty.Stdout, StringComparison.Ordinal);
        Assert.Equal(Reformat(compact.Stdout), Reformat(pretty.Stdout));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Article)).ToArray();

        var result = ExtractProcess.Run([], bytes);

        Assert.Equal(0, result.ExitCode);
        ArticleContract.CheckJson(result.Stdout, Article);
    }

    [Fact]
    public void CRLF_line_ends_give_the_same_paragraphs_with_offsets_into_the_CRLF_text()
    {
        var crlf = Article.Replace("\n", "\r\n", StringComparison.Ordinal);

        var result = ExtractProcess.Run([], Encoding.UTF8.GetBytes(crlf));

        ArticleContract.CheckJson(result.Stdout, crlf);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(3, json.RootElement.GetProperty("paragraphs").GetArrayLength());
    }

    [Fact]
    public void Several_files_give_one_JSON_line_each_in_argument_order_with_the_file_as_id()
    {
        using var directory = new TempDirectory();
        var names = Enumerable.Range(0, 12).Select(i => directory.File($"n{i}.txt", $"الخبر رقم {i}. {Article}")).ToArray();
        var order = names.Reverse().ToArray();

        var result = ExtractProcess.Run(order);

        Assert.Equal(0, result.ExitCode);
        var ids = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(order, ids);
    }

    [Fact]
    public void Out_writes_NAME_json_for_each_NAME_txt_and_a_directory_stands_for_its_txt_files()
    {
        using var directory = new TempDirectory();
        directory.File("in/first.txt", Article);
        directory.File("in/second.txt", "خبر آخر.");
        directory.File("in/notes.md", "not an article");
        var output = directory.Combine("out");

        var result = ExtractProcess.Run("--out", output, directory.Combine("in"));

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Equal(["first.json", "second.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        ArticleContract.CheckJson(File.ReadAllText(Path.Combine(output, "first.json")), Article);
    }

    [Fact]
    public void Format_text_shows_the_title_paragraphs_and_sentences()
    {
        var result = ExtractProcess.Run(["--format", "text"], Encoding.UTF8.GetBytes(Article));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Title: قمة في القاهرة", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  1. قال الوزير إن المحادثات كانت بناءة.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  2. وأضاف أن الوفد وصل أمس.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_single_line_file_goes_through()
    {
        using var directory = new TempDirectory();
        var text = HostileText.SingleLine(3 * 1000 * 1000);
        var path = directory.File("large.txt", text);

        var result = ExtractProcess.Run(path);

        Assert.Equal(0, result.ExitCode);
        ArticleContract.CheckJson(result.Stdout, text);
    }

    [Fact]
    public void Two_inputs_with_one_output_name_are_not_silently_overwritten()
    {
        using var directory = new TempDirectory();
        var first = directory.File("a/same.txt", "الأول.");
        var second = directory.File("b/same.txt", "الثاني.");

        var result = ExtractProcess.Run("--out", directory.Combine("out"), first, second);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(second, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("الأول", File.ReadAllText(directory.Combine("out", "same.json")), StringComparison.Ordinal);
    }

    private static string Reformat(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
