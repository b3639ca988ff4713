namespace ArabicNews.Extraction;

/// <summary>The type of a named entity.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organization: government body, company, party, agency, team, media outlet.</summary>
    Organization,

    /// <summary>A location: country, city, region, geographic feature, named building.</summary>
    Location,

    /// <summary>Another named thing (events, products, works, nationalities as nouns).</summary>
    Misc,
}

/// <summary>How a mention was recognized.</summary>
public enum MentionSource
{
    /// <summary>The trained sequence tagger.</summary>
    Model,

    /// <summary>A gazetteer (built-in or user lexicon) entry.</summary>
    Gazetteer,

    /// <summary>Model and gazetteer agree.</summary>
    ModelAndGazetteer,
}

/// <summary>One mention of a named entity in the text.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class EntityMention
{
    internal EntityMention(TextSpan span, EntityType type, string entityId, double confidence, MentionSource source)
    {
        Span = span;
        Type = type;
        EntityId = entityId;
        Confidence = confidence;
        Source = source;
    }

    /// <summary>The name only: attached proclitics (و ف ب ل ك) and titles (الرئيس) stay outside.</summary>
    public TextSpan Span { get; }

    /// <summary>The mention's entity type.</summary>
    public EntityType Type { get; }

    /// <summary>The <see cref="Entity.Id"/> of the entity this mention belongs to.</summary>
    public string EntityId { get; }

    /// <summary>How sure the recognizer is, from 0 to 1.</summary>
    public double Confidence { get; }

    /// <summary>What recognized the mention.</summary>
    public MentionSource Source { get; }
}

/// <summary>A real-world entity: the mentions of one person, organization or place in an article, merged.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class Entity
{
    internal Entity(string id, EntityType type, string name, string? latinName, IReadOnlyList<EntityMention> mentions)
    {
        Id = id;
        Type = type;
        Name = name;
        LatinName = latinName;
        Mentions = mentions;
    }

    /// <summary>The entity's id within the article (<c>E1</c>, <c>E2</c>, ... in order of first mention).</summary>
    public string Id { get; }

    /// <summary>The entity's type.</summary>
    public EntityType Type { get; }

    /// <summary>The canonical Arabic name: the fullest form seen in the article.</summary>
    public string Name { get; }

    /// <summary>The Latin-script name when a gazetteer knows the entity (<c>Vladimir Putin</c>); otherwise null.</summary>
    public string? LatinName { get; }

    /// <summary>The entity's mentions in text order.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; }
}
