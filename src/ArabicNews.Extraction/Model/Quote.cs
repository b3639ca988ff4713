namespace ArabicNews.Extraction;

/// <summary>Direct quotation or reported speech.</summary>
public enum QuoteKind
{
    /// <summary>Words inside quotation marks, or a headline of the form «X: ...».</summary>
    Direct,

    /// <summary>Reported speech: a speech verb and a complementizer (قال إن، أشار إلى أن) followed by the reported clause.</summary>
    Indirect,
}

/// <summary>Which speaker-resolution rule named a quote's speaker.</summary>
public enum AttributionRule
{
    /// <summary>The speaker is named next to the cue: before it, after it (titles skipped), or after the quote.</summary>
    Explicit,

    /// <summary>A headline or heading «X: content» is X's quote.</summary>
    Headline,

    /// <summary>A cue without a subject (وتابع، وأضاف) carries the most recent speaker.</summary>
    Carried,

    /// <summary>A role noun (المتحدث، الوزير) refers back to the most recent fitting speaker or entity.</summary>
    Nominal,

    /// <summary>A document (بيان صادر عن X, وحسب البيان) speaks for the organization that issued it.</summary>
    Document,

    /// <summary>An unnamed source (مصدر مطلع، دبلوماسي أوروبي): a speaker with no entity.</summary>
    UnnamedSource,
}

/// <summary>Who said a quote, and how the library decided it.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class Attribution
{
    internal Attribution(TextSpan span, string? entityId, AttributionRule rule, double confidence)
    {
        Span = span;
        EntityId = entityId;
        Rule = rule;
        Confidence = confidence;
    }

    /// <summary>The words naming the speaker nearest to the quote (a mention, or the role or source noun phrase).</summary>
    public TextSpan Span { get; }

    /// <summary>The speaker's <see cref="Entity.Id"/>, or null when the speaker is not a named entity.</summary>
    public string? EntityId { get; }

    /// <summary>The rule that resolved the speaker.</summary>
    public AttributionRule Rule { get; }

    /// <summary>How sure the rule is, from 0 to 1.</summary>
    public double Confidence { get; }
}

/// <summary>A quotation: its content, marks, speech verb and speaker.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class Quote
{
    internal Quote(
        QuoteKind kind,
        TextSpan content,
        TextSpan? openingMark,
        TextSpan? closingMark,
        TextSpan? cue,
        Attribution? speaker,
        double confidence,
        IReadOnlyList<Quote> nested)
    {
        Kind = kind;
        Content = content;
        OpeningMark = openingMark;
        ClosingMark = closingMark;
        Cue = cue;
        Speaker = speaker;
        Confidence = confidence;
        Nested = nested;
    }

    /// <summary>Direct or indirect.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The quoted words: inside the marks for a direct quote; the reported clause for an indirect one.</summary>
    public TextSpan Content { get; }

    /// <summary>The opening quotation mark, when there is one.</summary>
    public TextSpan? OpeningMark { get; }

    /// <summary>The closing quotation mark; null when the mark is missing and the quote was closed at the paragraph's end.</summary>
    public TextSpan? ClosingMark { get; }

    /// <summary>The speech verb without its و/ف proclitic (قال، أضاف، مشيرا), or null when there is none.</summary>
    public TextSpan? Cue { get; }

    /// <summary>Who said it, or null when no speaker could be resolved.</summary>
    public Attribution? Speaker { get; }

    /// <summary>How sure the library is that this is a quotation with these bounds, from 0 to 1.</summary>
    public double Confidence { get; }

    /// <summary>Quotations inside this one (a quote within a quote); never reported at the top level.</summary>
    public IReadOnlyList<Quote> Nested { get; }
}
