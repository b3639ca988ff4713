using ArabicNews.Extraction.Entities;

namespace ArabicNews.Extraction.Linking;

/// <summary>The linker's output: entities, the public mentions, and the entity id of each candidate mention.</summary>
internal sealed record LinkedEntities(IReadOnlyList<Entity> Entities, IReadOnlyList<EntityMention> Mentions, IReadOnlyList<string> EntityIdOfCandidate);

/// <summary>Merges the mentions of one real-world entity and names it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class EntityLinker(Gazetteer gazetteer)
{
    public LinkedEntities Link(Document document, IReadOnlyList<MentionCandidate> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var entities = new List<Entity>(mentions.Count);
        var publicMentions = new List<EntityMention>(mentions.Count);
        var ids = new List<string>(mentions.Count);
        foreach (var candidate in mentions)
        {
            var id = "E" + (entities.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var mention = new EntityMention(candidate.Span, candidate.Type, id, candidate.Confidence, candidate.Source);
            var known = candidate.Known ?? (gazetteer.TryGet(candidate.Span.GetText(document.Text), out var entry) ? entry : null);
            entities.Add(new Entity(id, candidate.Type, known?.ArabicName ?? candidate.Span.GetText(document.Text), known?.LatinName, [mention]));
            publicMentions.Add(mention);
            ids.Add(id);
        }

        return new LinkedEntities(entities, publicMentions, ids);
    }
}
