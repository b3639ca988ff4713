using ArabicNews.Extraction.Entities;

namespace ArabicNews.Extraction.Quotations;

/// <summary>Finds direct and reported quotations and resolves their speakers.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
#pragma warning disable CA1822 // PLACEHOLDER: the stage has no state until its issue lands; remove with the real stage.
internal sealed class QuoteFinder
{
    /// <summary>The top-level quotations in text order.</summary>
    public IReadOnlyList<QuoteCandidate> Find(Document document, IReadOnlyList<MentionCandidate> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        cancellationToken.ThrowIfCancellationRequested();
        return [];
    }
}
