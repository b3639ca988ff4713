namespace ArabicNews.Extraction.Entities;

/// <summary>The hashed feature indices of a run of tokens, token after token; reused from sentence to sentence.</summary>
/// <remarks>Not thread-safe: one buffer per call.</remarks>
internal sealed class FeatureBuffer
{
    private int[] _indices = new int[2048];
    private int[] _starts = new int[65];
    private int _count;

    /// <summary>How many tokens the buffer holds.</summary>
    public int TokenCount { get; private set; }

    /// <summary>Empties the buffer.</summary>
    public void Clear()
    {
        _count = 0;
        TokenCount = 0;
    }

    /// <summary>Starts the next token's features.</summary>
    public void StartToken()
    {
        if (TokenCount + 2 > _starts.Length)
            Array.Resize(ref _starts, _starts.Length * 2);
        _starts[TokenCount] = _count;
        TokenCount++;
        _starts[TokenCount] = _count;
    }

    /// <summary>Adds a feature to the current token.</summary>
    public void Add(int index)
    {
        if (_count == _indices.Length)
            Array.Resize(ref _indices, _indices.Length * 2);
        _indices[_count++] = index;
        _starts[TokenCount] = _count;
    }

    /// <summary>How many features the buffer holds, over all its tokens.</summary>
    public int Count => _count;

    /// <summary>The features added since the buffer held <paramref name="count"/> of them.</summary>
    public ReadOnlySpan<int> Since(int count) => _indices.AsSpan(count, _count - count);

    /// <summary>The features of token <paramref name="token"/> (0 = the first token added since <see cref="Clear"/>).</summary>
    public ReadOnlySpan<int> Token(int token) => _indices.AsSpan(_starts[token], _starts[token + 1] - _starts[token]);
}
