namespace ArabicNews.Extraction.Quotations;

/// <summary>
/// A speaker as the quote finder resolved it: the words naming the speaker (or the earlier mention a carried or nominal
/// reference points back to), the recognizer's mention there when there is one, the rule and its confidence.
/// </summary>
internal sealed record SpeakerCandidate(TextSpan Span, int? MentionIndex, AttributionRule Rule, double Confidence);

/// <summary>A quotation as the quote finder found it, before speakers are linked to entities.</summary>
internal sealed record QuoteCandidate(
    QuoteKind Kind,
    TextSpan Content,
    TextSpan? OpeningMark,
    TextSpan? ClosingMark,
    TextSpan? Cue,
    SpeakerCandidate? Speaker,
    double Confidence,
    IReadOnlyList<QuoteCandidate> Nested);
