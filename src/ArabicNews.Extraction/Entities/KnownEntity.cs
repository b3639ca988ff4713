namespace ArabicNews.Extraction.Entities;

/// <summary>An entity a gazetteer knows: its type, canonical Arabic and Latin names, and the Arabic spellings it goes by.</summary>
/// <param name="Type">The entity type.</param>
/// <param name="LatinName">The canonical Latin-script name; also the entity's key (<c>Vladimir Putin</c>).</param>
/// <param name="ArabicName">The canonical Arabic name (<c>فلاديمير بوتين</c>).</param>
/// <param name="Aliases">Every Arabic spelling the gazetteer matches, the canonical one included.</param>
internal sealed record KnownEntity(EntityType Type, string LatinName, string ArabicName, IReadOnlyList<string> Aliases);
