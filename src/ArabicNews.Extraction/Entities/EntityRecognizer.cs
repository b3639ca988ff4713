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
        foreach (var match in gazetteer.Match(document))
        {
            var first = document.Tokens[match.FirstToken];
            var last = document.Tokens[match.FirstToken + match.TokenCount - 1];
            var span = new TextSpan(first.Proclitic.End, last.Span.End);
            mentions.Add(new MentionCandidate(match.FirstToken, match.TokenCount, span, match.Entity.Type, 1.0, MentionSource.Gazetteer, match.Entity));
        }

        return mentions;
    }
}
