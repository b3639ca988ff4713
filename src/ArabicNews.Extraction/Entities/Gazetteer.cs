using System.Collections.Frozen;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Entities;

/// <summary>A gazetteer hit: tokens <c>[FirstToken, FirstToken + TokenCount)</c> spell a known entity.</summary>
internal readonly record struct GazetteerMatch(int FirstToken, int TokenCount, KnownEntity Entity);

/// <summary>
/// Known entities and every Arabic spelling of them, matched over tokens by their matching-normalized forms, longest
/// first. The first token of a match may carry proclitics (و ف ب ل ك), which stay outside the name.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Lexicon lines read <c>Latin Name&lt;TAB&gt;عربي|عربي آخر</c>; the first Arabic spelling is
/// the canonical one; the file's name gives the type (<c>gazetteer-persons.txt</c>, <c>-organizations</c>, <c>-locations</c>).
/// </remarks>
internal sealed class Gazetteer
{
    private static readonly (string Resource, EntityType Type)[] BuiltInFiles =
    [
        ("ArabicNews.Extraction.Lexicons.gazetteer-persons.txt", EntityType.Person),
        ("ArabicNews.Extraction.Lexicons.gazetteer-organizations.txt", EntityType.Organization),
        ("ArabicNews.Extraction.Lexicons.gazetteer-locations.txt", EntityType.Location),
    ];

    private readonly FrozenDictionary<string, KnownEntity> _byName;
    private readonly FrozenDictionary<string, int> _longestNameByFirstWord;

    /// <summary>Creates a gazetteer over <paramref name="entities"/>; a later entry wins a spelling two entries share.</summary>
    public Gazetteer(IEnumerable<KnownEntity> entities)
    {
        var byName = new Dictionary<string, KnownEntity>(StringComparer.Ordinal);
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var alias in entity.Aliases)
            {
                var key = Key(alias);
                if (key.Length == 0)
                    continue;
                byName[key] = entity;
                var words = key.Split(' ');
                longest[words[0]] = Math.Max(longest.GetValueOrDefault(words[0]), words.Length);
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _longestNameByFirstWord = longest.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>How many spellings the gazetteer matches.</summary>
    public int Count => _byName.Count;

    /// <summary>The built-in lexicons' entities.</summary>
    public static IEnumerable<KnownEntity> BuiltIn()
    {
        foreach (var (resource, type) in BuiltInFiles)
        {
            foreach (var entry in EmbeddedResources.ReadEntries(resource))
                yield return Parse(entry, type, resource);
        }
    }

    /// <summary>Parses one lexicon line <c>Latin Name&lt;TAB&gt;عربي|عربي آخر</c>.</summary>
    /// <exception cref="FormatException">The line has no tab or no Arabic spelling.</exception>
    public static KnownEntity Parse(string line, EntityType type, string source)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var aliases = tab < 0 ? [] : line[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tab <= 0 || aliases.Length == 0)
            throw new FormatException($"{source}: '{line}' is not 'Latin Name<TAB>Arabic|Arabic variant'.");
        return new KnownEntity(type, line[..tab].Trim(), aliases[0], aliases);
    }

    /// <summary>The lookup key of a name: matching-normalized words joined by single spaces.</summary>
    public static string Key(string name) =>
        string.Join(' ', ArabicNormalizer.Matching.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The entity spelled exactly <paramref name="name"/> (any spelling, any normalization), if known.</summary>
    public bool TryGet(string name, out KnownEntity? entity) => _byName.TryGetValue(Key(name), out entity);

    /// <summary>Every longest, non-overlapping match in the document's tokens, left to right.</summary>
    public List<GazetteerMatch> Match(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var matches = new List<GazetteerMatch>();
        var words = new List<string>();
        var i = 0;
        while (i < tokens.Length)
        {
            var first = WithoutProclitics(tokens[i]);
            if (!tokens[i].IsWord || !_longestNameByFirstWord.TryGetValue(first, out var maxWords))
            {
                i++;
                continue;
            }

            words.Clear();
            words.Add(first);
            for (var j = i + 1; j < tokens.Length && words.Count < maxWords && tokens[j].IsWord; j++)
                words.Add(tokens[j].Normalized);

            var matched = false;
            for (var n = words.Count; n >= 1 && !matched; n--)
            {
                if (_byName.TryGetValue(string.Join(' ', words.GetRange(0, n)), out var entity))
                {
                    matches.Add(new GazetteerMatch(i, n, entity));
                    i += n;
                    matched = true;
                }
            }

            if (!matched)
                i++;
        }

        return matches;
    }

    private static string WithoutProclitics(Token token) => token.Normalized[token.Proclitics.Length..];
}
