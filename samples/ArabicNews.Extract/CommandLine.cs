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
        Usage: ArabicNews.Extract [options] [FILE|DIR|-]...

        Extracts paragraphs, sentences, entities and quotations from Arabic news text and writes the article JSON
        contract (shared/spec/article-json.md): offsets are UTF-16 code units into the original text.

          FILE            a UTF-8 text file holding one article; CRLF line ends are fine, and a byte-order mark is
                          not part of the text (offsets count from the character after it)
          DIR             every *.txt file in it (*.jsonl with --jsonl), in name order
          -               standard input; also the default when no FILE is given
          --out DIR       write DIR/NAME.json for each input NAME.txt (DIR/NAME.jsonl for each input with --jsonl)
          --jsonl         inputs are JSON Lines {"id": ..., "text": ...}; write one line {"id": ..., article} per
                          input line, in input order, streamed, on all cores (a line without "id" gets its line number)
          --pretty        indented JSON (for a single article, or with --out; JSON Lines stay one line each)
          --format json   the article JSON (the default)
          --format text   a human-readable view: title, paragraphs and sentences, entities and quotes when present
          --tokens        include every token with its clitic parts in the JSON
          --              what follows are file names, even when they start with '-'
          -h, --help      show this help

        With one input and no --out, the JSON goes to standard output; with several, one JSON line per input with
        "id" set to the file name.

        Bad input (a missing or unreadable file, invalid UTF-8, an invalid JSON line) is reported on standard error
        with its file and line; every other input is still processed.
        Exit status: 0 when every input was processed, 1 when some input or output failed, 2 for a usage error.
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
                    if (i + 1 >= args.Count || args[i + 1].Length == 0)
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
                    for (i++; i < args.Count; i++)
                        inputs.Add(args[i]);
                    break;
                default:
                    if (arg.Length > 1 && arg[0] == '-')
                    {
                        error = $"Unknown option '{arg}' (use '-- {arg}' for a file of that name).";
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

        if (text && output is not null)
        {
            error = "--format text writes to standard output; it cannot be combined with --out.";
            return null;
        }

        return new CommandLine(inputs, output, jsonLines, pretty, text, tokens);
    }
}
