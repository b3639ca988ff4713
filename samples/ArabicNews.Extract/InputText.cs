using System.Text;

namespace ArabicNews.Extract;

/// <summary>Reads and decodes inputs: strict UTF-8, a byte-order mark dropped, every failure as a message naming the place.</summary>
internal static class InputText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>How standard input is named in messages and output ids.</summary>
    public const string StandardInputName = "<stdin>";

    public static string DisplayName(string input) => input == "-" ? StandardInputName : input;

    /// <summary>Opens a file, or standard input for '-'.</summary>
    public static Stream Open(string input) => input == "-" ? Console.OpenStandardInput() : File.OpenRead(input);

    /// <summary>Reads a whole UTF-8 file (or standard input for '-'); an error message instead when it cannot.</summary>
    public static (string? Text, string? Error) ReadWhole(string input)
    {
        byte[] bytes;
        try
        {
            using var stream = Open(input);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{DisplayName(input)}: cannot read: {e.Message}");
        }

        return TryDecode(bytes, out var text, out var problem, out var line)
            ? (text, null)
            : (null, $"{DisplayName(input)}:{line}: {problem}");
    }

    /// <summary>
    /// Decodes strict UTF-8, dropping a byte-order mark. On failure <paramref name="problem"/> says what is wrong and
    /// <paramref name="line"/> where (counted from 1 within <paramref name="bytes"/>).
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string problem, out int line)
    {
        text = string.Empty;
        problem = string.Empty;
        line = 1;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            problem = "the text is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8.";
            return false;
        }

        var skipped = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            text = StrictUtf8.GetString(bytes[skipped..]);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            var offset = skipped + Math.Max(0, e.Index);
            line = 1 + bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n');
            problem = $"invalid UTF-8 at byte offset {offset}; save the text as UTF-8.";
            return false;
        }
    }

    /// <summary>
    /// The files the command line names: a directory stands for its files with <paramref name="extension"/>, in
    /// ordinal name order. Names that are neither file nor directory are kept, so reading them reports the problem.
    /// </summary>
    public static List<string> Expand(IReadOnlyList<string> inputs, string extension, ErrorReporter reporter)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-" || !Directory.Exists(input))
            {
                files.Add(input);
                continue;
            }

            try
            {
                var found = Directory.GetFiles(input, "*" + extension);
                Array.Sort(found, StringComparer.Ordinal);
                if (found.Length == 0)
                    reporter.Report($"{input}: the directory holds no *{extension} file.");
                files.AddRange(found);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reporter.Report($"{input}: cannot list the directory: {e.Message}");
            }
        }

        return files;
    }
}
