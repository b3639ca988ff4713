namespace ArabicNews.Extraction.Entities;

/// <summary>Finds entity mentions in a segmented document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
#pragma warning disable CA1822 // PLACEHOLDER: the stage has no state until its issue lands; remove with the real stage.
internal sealed class EntityRecognizer
{
    /// <summary>The mentions in text order, without overlaps.</summary>
    public IReadOnlyList<MentionCandidate> Recognize(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return [];
    }
}
