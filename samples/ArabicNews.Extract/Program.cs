using System.Text;
using System.Text.Json;
using ArabicNews.Extraction;
using ArabicNews.Extraction.Serialization;

namespace ArabicNews.Extract;

/// <summary>Extracts articles from text files, standard input or JSON Lines, and writes the article JSON contract.</summary>
internal static class Program
{
    // Output is always valid UTF-8: an unpaired surrogate in an article's text becomes U+FFFD rather than an exception.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static async Task<int> Main(string[] args)
    {
        var commandLine = CommandLine.Parse(args, out var error, out var help);
        if (help)
        {
            await Console.Out.WriteLineAsync(CommandLine.Usage).ConfigureAwait(false);
            return 0;
        }

        if (commandLine is null)
        {
            await Console.Error.WriteLineAsync($"ArabicNews.Extract: {error}\n\n{CommandLine.Usage}").ConfigureAwait(false);
            return 2;
        }

        var reporter = new ErrorReporter(Console.Error);
        if (commandLine.OutputDirectory is { } directory && !TryCreateDirectory(directory, reporter))
            return 1;

        var inputs = InputText.Expand(commandLine.Inputs, commandLine.JsonLines ? ".jsonl" : ".txt", reporter);
        var extractor = ArticleExtractor.CreateDefault();
        try
        {
            var stdout = new StreamWriter(Console.OpenStandardOutput(), Utf8, 1 << 16) { NewLine = "\n" };
            await using (stdout.ConfigureAwait(false))
            {
                if (commandLine.JsonLines)
                    await ProcessJsonLinesAsync(commandLine, inputs, extractor, stdout, reporter).ConfigureAwait(false);
                else
                    await ProcessArticlesAsync(commandLine, inputs, extractor, stdout, reporter).ConfigureAwait(false);
            }
        }
        catch (IOException e)
        {
            // Only standard output can fail here (also when its buffer is flushed on disposal): every input and
            // output file reports its own errors.
            reporter.Report($"cannot write standard output: {e.Message}");
            return 1;
        }

        return reporter.Count == 0 ? 0 : 1;
    }

    private static async Task ProcessJsonLinesAsync(
        CommandLine commandLine, List<string> inputs, ArticleExtractor extractor, StreamWriter stdout, ErrorReporter reporter)
    {
        var targets = OutputTargets(commandLine, inputs, ".jsonl", reporter);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (commandLine.OutputDirectory is null)
            {
                await JsonLines.ProcessAsync(input, stdout, extractor, commandLine, reporter).ConfigureAwait(false);
                continue;
            }

            if (targets[i] is not { } target)
                continue;
            StreamWriter file;
            try
            {
                file = new StreamWriter(target, append: false, Utf8, 1 << 16) { NewLine = "\n" };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reporter.Report($"{InputText.DisplayName(input)}: cannot write {target}: {e.Message}");
                continue;
            }

            await using (file.ConfigureAwait(false))
                await JsonLines.ProcessAsync(input, file, extractor, commandLine, reporter).ConfigureAwait(false);
        }
    }

    private static Task ProcessArticlesAsync(
        CommandLine commandLine, List<string> inputs, ArticleExtractor extractor, StreamWriter stdout, ErrorReporter reporter)
    {
        var targets = OutputTargets(commandLine, inputs, ".json", reporter);
        var asJsonLines = commandLine.OutputDirectory is null && inputs.Count > 1 && !commandLine.TextFormat;
        var selected = new List<int>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (commandLine.OutputDirectory is null || targets[i] is not null)
                selected.Add(i);
        }

        return OrderedPipeline.RunAsync(
            selected,
            i => Extract(i, inputs[i], commandLine, extractor, asJsonLines, inputs.Count > 1),
            async result =>
            {
                if (result.Output is null)
                {
                    reporter.Report(result.Error!);
                    return;
                }

                if (targets[result.Index] is not { } target)
                {
                    await stdout.WriteAsync(result.Output).ConfigureAwait(false);
                    return;
                }

                try
                {
                    await File.WriteAllTextAsync(target, result.Output, Utf8).ConfigureAwait(false);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    reporter.Report($"{InputText.DisplayName(inputs[result.Index])}: cannot write {target}: {e.Message}");
                }
            },
            () => stdout.FlushAsync());
    }

    private static (int Index, string? Output, string? Error) Extract(
        int index, string input, CommandLine commandLine, ArticleExtractor extractor, bool asJsonLines, bool severalInputs)
    {
        var (text, readError) = InputText.ReadWhole(input);
        if (text is null)
            return (index, null, readError);
        try
        {
            var article = extractor.Extract(text);
            if (commandLine.TextFormat)
            {
                using var view = new StringWriter { NewLine = "\n" };
                if (severalInputs)
                    view.WriteLine($"=== {InputText.DisplayName(input)}");
                TextView.Write(article, view);
                return (index, view.ToString(), null);
            }

            var document = ArticleJson.ToDocument(article, commandLine.IncludeTokens);
            if (asJsonLines)
                document = document with { Id = JsonSerializer.SerializeToElement(InputText.DisplayName(input)) };
            return (index, ArticleJson.Serialize(document, commandLine.Pretty && !asJsonLines) + "\n", null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (index, null, $"{InputText.DisplayName(input)}: internal error, please report it with this input: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// The output file of each input under --out (null entries without --out), reporting inputs whose output would
    /// overwrite an earlier one's (a/x.txt and b/x.txt both give x.json): those get null and are skipped.
    /// </summary>
    private static string?[] OutputTargets(CommandLine commandLine, List<string> inputs, string extension, ErrorReporter reporter)
    {
        var targets = new string?[inputs.Count];
        if (commandLine.OutputDirectory is not { } directory)
            return targets;
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var name = (inputs[i] == "-" ? "stdin" : Path.GetFileNameWithoutExtension(inputs[i])) + extension;
            var target = Path.Combine(directory, name);
            if (owners.TryAdd(target, inputs[i]))
                targets[i] = target;
            else
                reporter.Report($"{InputText.DisplayName(inputs[i])}: skipped: its output {target} would overwrite that of {InputText.DisplayName(owners[target])}.");
        }

        return targets;
    }

    private static bool TryCreateDirectory(string directory, ErrorReporter reporter)
    {
        try
        {
            Directory.CreateDirectory(directory);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Report($"cannot create the output directory {directory}: {e.Message}");
            return false;
        }
    }
}
