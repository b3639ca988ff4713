namespace ArabicNews.Extract;

/// <summary>What the command line asked for.</summary>
internal sealed record CommandLine(
    IReadOnlyList<string> Inputs,
    string? OutputDirectory,
    bool JsonLines,
    bool Pretty,
    bool TextFormat,
    bool IncludeTokens)
{
    public const string Usage = """
        Usage: ArabicNews.Extract [options] [FILE...]

          FILE            a UTF-8 text file holding one article; '-' or no FILE reads standard input
          --out DIR       write DIR/NAME.json for each input NAME.txt (NAME.jsonl with --jsonl)
          --jsonl         inputs are JSON Lines {"id": ..., "text": ...}; write one JSON line per article, in order
          --pretty        indented JSON
          --format text   a human-readable view (title, paragraphs, sentences, entities, quotes) instead of JSON
          --tokens        include every token with its clitic parts in the JSON
          -h, --help      show this help

        Exit status: 0 when every input was processed, 1 when some input was bad (each is reported on
        standard error and the rest still processed), 2 for a usage error.
        """;

    /// <summary>Parses <paramref name="args"/>; returns null and an error message for a usage error.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, out string? error, out bool help)
    {
        var inputs = new List<string>();
        string? output = null;
        bool jsonLines = false, pretty = false, text = false, tokens = false;
        error = null;
        help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    help = true;
                    return null;
                case "--jsonl":
                    jsonLines = true;
                    break;
                case "--pretty":
                    pretty = true;
                    break;
                case "--tokens":
                    tokens = true;
                    break;
                case "--out":
                    if (i + 1 >= args.Count)
                    {
                        error = "--out needs a directory.";
                        return null;
                    }

                    output = args[++i];
                    break;
                case "--format":
                    if (i + 1 >= args.Count || args[i + 1] is not ("text" or "json"))
                    {
                        error = "--format takes 'text' or 'json'.";
                        return null;
                    }

                    text = args[++i] == "text";
                    break;
                case "--":
                    inputs.AddRange(args.Skip(i + 1));
                    i = args.Count;
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        error = $"Unknown option '{arg}'.";
                        return null;
                    }

                    inputs.Add(arg);
                    break;
            }
        }

        if (inputs.Count == 0)
            inputs.Add("-");
        if (text && jsonLines)
        {
            error = "--format text cannot be combined with --jsonl.";
            return null;
        }

        return new CommandLine(inputs, output, jsonLines, pretty, text, tokens);
    }
}
