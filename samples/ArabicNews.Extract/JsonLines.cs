using System.Text;
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
        Stream stream;
        try
        {
            stream = input == "-" ? Console.OpenStandardInput() : File.OpenRead(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Report($"{Program.DisplayName(input)}: cannot read: {e.Message}");
            return;
        }

        await using (stream.ConfigureAwait(false))
        {
            var name = Program.DisplayName(input);
            await OrderedPipeline.RunAsync(
                ByteLines.Read(stream, reporter, name),
                line => Process(line, name, extractor, commandLine.IncludeTokens),
                async result =>
                {
                    if (result.Error is not null)
                        reporter.Report(result.Error);
                    else
                        await output.WriteLineAsync(result.Json).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
    }

    private static (string? Json, string? Error) Process((int Number, byte[] Bytes) line, string name, ArticleExtractor extractor, bool includeTokens)
    {
        string text;
        JsonElement id;
        try
        {
            var decoded = Program.Decode(line.Bytes);
            using var json = JsonDocument.Parse(decoded);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return (null, $"{name}:{line.Number}: expected a JSON object {{\"id\": ..., \"text\": ...}}.");
            if (!json.RootElement.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                return (null, $"{name}:{line.Number}: the object has no string \"text\" field.");
            text = textElement.GetString()!;
            id = json.RootElement.TryGetProperty("id", out var idElement) ? idElement.Clone() : JsonSerializer.SerializeToElement(line.Number);
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"{name}:{line.Number}: invalid UTF-8 at byte {e.Index} of the line.");
        }
        catch (JsonException e)
        {
            return (null, $"{name}:{line.Number}: invalid JSON: {e.Message}");
        }

        var document = ArticleJson.ToDocument(extractor.Extract(text), includeTokens) with { Id = id };
        return (ArticleJson.Serialize(document), null);
    }
}
