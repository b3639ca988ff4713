namespace ArabicNews.Extract;

/// <summary>
/// Splits a stream into lines of raw bytes, so that one line of invalid UTF-8 is reported on its own instead of failing
/// the whole stream. Blank lines are skipped; line numbers count from 1.
/// </summary>
internal static class ByteLines
{
    public static IEnumerable<(int Number, byte[] Bytes)> Read(Stream stream, ErrorReporter reporter, string name)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        var number = 0;
        while (true)
        {
            int read;
            try
            {
                read = stream.Read(buffer, 0, buffer.Length);
            }
            catch (IOException e)
            {
                reporter.Report($"{name}: read failed after line {number}: {e.Message}");
                yield break;
            }

            if (read == 0)
                break;
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                    continue;
                line.Write(buffer, start, i - start);
                number++;
                if (TakeLine(line) is { } complete)
                    yield return (number, complete);
                start = i + 1;
            }

            line.Write(buffer, start, read - start);
        }

        number++;
        if (TakeLine(line) is { } last)
            yield return (number, last);
    }

    private static byte[]? TakeLine(MemoryStream line)
    {
        var bytes = line.ToArray();
        line.SetLength(0);
        var length = bytes.Length;
        if (length > 0 && bytes[length - 1] == (byte)'\r')
            length--;
        var blank = true;
        for (var i = 0; i < length && blank; i++)
            blank = bytes[i] is (byte)' ' or (byte)'\t';
        return blank ? null : length == bytes.Length ? bytes : bytes[..length];
    }
}
