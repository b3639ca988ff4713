namespace ArabicNews.Extraction.Normalization;

/// <summary>
/// A normalized text held in arrays rented from the shared pool (see <see cref="ArabicNormalizer.NormalizePooled"/>):
/// the default value stands for a text that normalization left unchanged. <see cref="Dispose"/> returns the arrays;
/// nothing read from it may be used after that.
/// </summary>
/// <remarks>Not thread-safe; a struct with one owner, which disposes it once.</remarks>
internal struct PooledNormalization : IDisposable
{
    private char[]? _text;
    private int _length;
    private OffsetMap.Builder _edits;

    public PooledNormalization(char[] text, int length, OffsetMap.Builder edits)
    {
        _text = text;
        _length = length;
        _edits = edits;
    }

    /// <summary>The normalized text of <paramref name="original"/>, the text that was normalized.</summary>
    public readonly ReadOnlySpan<char> TextOf(ReadOnlySpan<char> original) => _text is null ? original : _text.AsSpan(0, _length);

    /// <summary>The places where lengths differ, in text order (see <see cref="OffsetMap"/>).</summary>
    public readonly ReadOnlySpan<OffsetEdit> Edits => _edits.Edits;

    public void Dispose()
    {
        if (_text is not null)
            System.Buffers.ArrayPool<char>.Shared.Return(_text);
        _text = null;
        _length = 0;
        _edits.Dispose();
    }
}
