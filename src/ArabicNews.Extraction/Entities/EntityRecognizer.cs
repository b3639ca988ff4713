namespace ArabicNews.Extraction.Entities;

/// <summary>Finds entity mentions in a segmented document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class EntityRecognizer(Gazetteer gazetteer)
{
    /// <summary>The mentions in text order, without overlaps.</summary>
    public IReadOnlyList<MentionCandidate> Recognize(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var mentions = new List<MentionCandidate>();
        foreach (var match in gazetteer.Mentions(document))
            mentions.Add(new MentionCandidate(match.FirstToken, match.TokenCount, match.Span, match.Entity.Type, 1.0, MentionSource.Gazetteer, match.Entity));

        return mentions;
    }
}
