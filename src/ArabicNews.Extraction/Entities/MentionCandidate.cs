namespace ArabicNews.Extraction.Entities;

/// <summary>
/// A mention as the recognizer found it, before linking: its token range, its original span (name only: proclitics and
/// titles outside), type, confidence and what found it, and the gazetteer entry it matched, if any.
/// </summary>
internal sealed record MentionCandidate(
    int FirstToken,
    int TokenCount,
    TextSpan Span,
    EntityType Type,
    double Confidence,
    MentionSource Source,
    KnownEntity? Known);
