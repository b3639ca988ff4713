namespace ArabicNews.Extraction.Normalization;

/// <summary>
/// A normalized view of a text together with the map from its offsets back to the original. Later stages search the
/// normalized <see cref="Text"/> and report spans of the <see cref="Original"/> through <see cref="ToOriginal"/>.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class NormalizedText
{
    internal NormalizedText(string original, string text, OffsetMap map)
    {
        Original = original;
        Text = text;
        Map = map;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The normalized text (the same instance as <see cref="Original"/> when nothing changed).</summary>
    public string Text { get; }

    /// <summary>The map from normalized offsets to original ones.</summary>
    public OffsetMap Map { get; }

    /// <summary>The span of <see cref="Original"/> that the normalized range <c>[start, end)</c> came from.</summary>
    public TextSpan ToOriginal(int start, int end) => Map.ToOriginal(start, end);
}
