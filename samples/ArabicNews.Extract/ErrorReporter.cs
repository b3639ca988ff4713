namespace ArabicNews.Extract;

/// <summary>Reports bad inputs and failed outputs on standard error, one line each, and counts them for the exit status.</summary>
internal sealed class ErrorReporter(TextWriter error)
{
    private readonly Lock _gate = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Report(string message)
    {
        lock (_gate)
        {
            _count++;
            error.WriteLine($"ArabicNews.Extract: {message}");
            error.Flush();
        }
    }
}
