using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using ArabicNews.Extraction;
using ArabicNews.Extraction.Serialization;

namespace ArabicNews.Extract;

/// <summary>Extracts articles from text files, standard input or JSON Lines, and writes the article JSON contract.</summary>
internal static class Program
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static async Task<int> Main(string[] args)
    {
        var commandLine = CommandLine.Parse(args, out var error, out var help);
        if (help)
        {
            Console.Out.WriteLine(CommandLine.Usage);
            return 0;
        }

        if (commandLine is null)
        {
            await Console.Error.WriteLineAsync($"ArabicNews.Extract: {error}\n\n{CommandLine.Usage}").ConfigureAwait(false);
            return 2;
        }

        var reporter = new ErrorReporter(Console.Error);
        var extractor = ArticleExtractor.CreateDefault();
        if (commandLine.OutputDirectory is { } directory)
            Directory.CreateDirectory(directory);

        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), StrictUtf8, 1 << 16);
        if (commandLine.JsonLines)
        {
            foreach (var input in commandLine.Inputs)
            {
                if (commandLine.OutputDirectory is null)
                {
                    await JsonLines.ProcessAsync(input, stdout, extractor, commandLine, reporter).ConfigureAwait(false);
                    continue;
                }

                var target = Path.Combine(commandLine.OutputDirectory, OutputName(input, ".jsonl"));
                await using var file = new StreamWriter(target, append: false, StrictUtf8);
                await JsonLines.ProcessAsync(input, file, extractor, commandLine, reporter).ConfigureAwait(false);
            }
        }
        else
        {
            await ProcessArticlesAsync(commandLine, extractor, stdout, reporter).ConfigureAwait(false);
        }

        await stdout.FlushAsync().ConfigureAwait(false);
        return reporter.Count == 0 ? 0 : 1;
    }

    private static Task ProcessArticlesAsync(CommandLine commandLine, ArticleExtractor extractor, StreamWriter stdout, ErrorReporter reporter)
    {
        var toStdoutAsLines = commandLine.OutputDirectory is null && commandLine.Inputs.Count > 1 && !commandLine.TextFormat;
        return OrderedPipeline.RunAsync(
            commandLine.Inputs,
            input =>
            {
                var (text, readError) = ReadText(input);
                if (text is null)
                    return (Input: input, Output: (string?)null, Error: readError);
                var article = extractor.Extract(text);
                if (commandLine.TextFormat)
                {
                    using var view = new StringWriter();
                    if (commandLine.Inputs.Count > 1)
                        view.WriteLine($"=== {DisplayName(input)}");
                    TextView.Write(article, view);
                    return (input, view.ToString(), null);
                }

                var document = ArticleJson.ToDocument(article, commandLine.IncludeTokens);
                if (toStdoutAsLines)
                    document = document with { Id = JsonSerializer.SerializeToElement(DisplayName(input)) };
                return (input, ArticleJson.Serialize(document, commandLine.Pretty && !toStdoutAsLines) + "\n", null);
            },
            async result =>
            {
                if (result.Output is null)
                {
                    reporter.Report($"{DisplayName(result.Input)}: {result.Error}");
                    return;
                }

                if (commandLine.OutputDirectory is { } directory && !commandLine.TextFormat)
                {
                    var target = Path.Combine(directory, OutputName(result.Input, ".json"));
                    await File.WriteAllTextAsync(target, result.Output, StrictUtf8).ConfigureAwait(false);
                }
                else
                {
                    await stdout.WriteAsync(result.Output).ConfigureAwait(false);
                }
            });
    }

    /// <summary>Reads a whole UTF-8 file (or standard input for '-'); an error message instead when it cannot.</summary>
    internal static (string? Text, string? Error) ReadText(string input)
    {
        try
        {
            using var stream = input == "-" ? Console.OpenStandardInput() : File.OpenRead(input);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return (Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"invalid UTF-8 at byte {e.Index}; save the file as UTF-8.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read: {e.Message}");
        }
    }

    /// <summary>Decodes strict UTF-8, dropping a byte-order mark.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        return StrictUtf8.GetString(bytes);
    }

    internal static string DisplayName(string input) => input == "-" ? "<stdin>" : input;

    private static string OutputName(string input, string extension) =>
        (input == "-" ? "stdin" : Path.GetFileNameWithoutExtension(input)) + extension;
}
