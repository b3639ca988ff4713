namespace ArabicNews.Extraction;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units into the original article text.
/// </summary>
/// <remarks>Immutable value; safe to share between threads.</remarks>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="End">Index one past the last code unit.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, End - Start);
    }

    /// <summary>The characters this span covers in <paramref name="text"/>, without allocating.</summary>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text[Start..End];

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
