using System.Text.Json;
using ArabicNews.Extraction;
using ArabicNews.Extraction.Serialization;

namespace ArabicNews.Extract;

/// <summary>
/// The --jsonl mode: each input line is <c>{"id": ..., "text": ...}</c>; each output line is <c>{"id": ..., article}</c>,
/// in input order, streamed. A bad line is reported with its file and line number and skipped.
/// </summary>
internal static class JsonLines
{
    public static async Task ProcessAsync(string input, TextWriter output, ArticleExtractor extractor, CommandLine commandLine, ErrorReporter reporter)
    {
        var name = InputText.DisplayName(input);
        Stream stream;
        try
        {
            stream = InputText.Open(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Report($"{name}: cannot read: {e.Message}");
            return;
        }

        await using (stream.ConfigureAwait(false))
        {
            await OrderedPipeline.RunAsync(
                ByteLines.Read(stream, reporter, name),
                line => Process(line, name, extractor, commandLine.IncludeTokens),
                async result =>
                {
                    if (result.Error is not null)
                        reporter.Report(result.Error);
                    else
                        await output.WriteLineAsync(result.Json).ConfigureAwait(false);
                },
                () => output.FlushAsync()).ConfigureAwait(false);
        }
    }

    private static (string? Json, string? Error) Process((int Number, byte[] Bytes) line, string name, ArticleExtractor extractor, bool includeTokens)
    {
        var where = $"{name}:{line.Number}";
        if (!InputText.TryDecode(line.Bytes, out var decoded, out var problem, out _))
            return (null, $"{where}: {problem}");

        string text;
        JsonElement id;
        try
        {
            using var json = JsonDocument.Parse(decoded);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, $"{where}: expected a JSON object {{\"id\": ..., \"text\": ...}}, found {Describe(root.ValueKind)}.");
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                return (null, $"{where}: the object has no string \"text\" field.");
            text = textElement.GetString()!;
            id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : JsonSerializer.SerializeToElement(line.Number);
        }
        catch (JsonException e)
        {
            return (null, $"{where}: invalid JSON: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json refuses an escaped unpaired surrogate ("\ud800") in a string it is asked to decode.
            return (null, $"{where}: the \"text\" string cannot be decoded: {e.Message}");
        }

        try
        {
            var document = ArticleJson.ToDocument(extractor.Extract(text), includeTokens) with { Id = id };
            return (ArticleJson.Serialize(document), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"{where}: internal error, please report it with this line: {e.GetType().Name}: {e.Message}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => "true or false",
    };
}
