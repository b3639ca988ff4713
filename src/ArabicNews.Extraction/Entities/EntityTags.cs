namespace ArabicNews.Extraction.Entities;

/// <summary>
/// The BIO tag set of the sequence tagger: <c>O</c>, then <c>B-</c> and <c>I-</c> for each entity type. A tag is its
/// index in <see cref="Names"/>, which is also the tagger model's class index.
/// </summary>
internal static class EntityTags
{
    /// <summary>Outside any entity.</summary>
    public const int Outside = 0;

    /// <summary>How many tags there are.</summary>
    public const int Count = 9;

    /// <summary>The tags' names, in class order (the ANERcorp spelling PERS is read as PER).</summary>
    public static readonly IReadOnlyList<string> Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    private static readonly EntityType[] TypeByPair = [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Misc];

    /// <summary>The tag that begins an entity of <paramref name="type"/>.</summary>
    public static int Begin(EntityType type) => 1 + (2 * Pair(type));

    /// <summary>The tag that continues an entity of <paramref name="type"/>.</summary>
    public static int Inside(EntityType type) => 2 + (2 * Pair(type));

    /// <summary>True for a <c>B-</c> tag.</summary>
    public static bool IsBegin(int tag) => tag != Outside && tag % 2 == 1;

    /// <summary>True for an <c>I-</c> tag.</summary>
    public static bool IsInside(int tag) => tag != Outside && tag % 2 == 0;

    /// <summary>The entity type of a <c>B-</c> or <c>I-</c> tag.</summary>
    public static EntityType TypeOf(int tag) => TypeByPair[(tag - 1) / 2];

    /// <summary>
    /// The BIO constraint: an <c>I-X</c> tag may only follow <c>B-X</c> or <c>I-X</c>. <paramref name="previous"/> is
    /// <see cref="Outside"/> at the start of a sentence.
    /// </summary>
    public static bool CanFollow(int previous, int tag) =>
        !IsInside(tag) || (previous != Outside && (previous + 1) / 2 == tag / 2);

    /// <summary>Parses a corpus tag (<c>B-PERS</c>, <c>I-LOC</c>, <c>O</c>).</summary>
    /// <exception cref="FormatException">The tag is none of the BIO tags of PER(S), ORG, LOC and MISC.</exception>
    public static int Parse(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var name = tag.EndsWith("-PERS", StringComparison.Ordinal) ? tag[..^1] : tag;
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
                return i;
        }

        throw new FormatException($"'{tag}' is not a BIO tag of PER, ORG, LOC or MISC.");
    }

    private static int Pair(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Organization => 1,
        EntityType.Location => 2,
        _ => 3,
    };
}
