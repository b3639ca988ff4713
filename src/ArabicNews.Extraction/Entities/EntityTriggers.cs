using System.Collections.Frozen;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Entities;

/// <summary>What a trigger phrase announces about the name that follows it.</summary>
[Flags]
internal enum TriggerCategory
{
    /// <summary>No trigger.</summary>
    None = 0,

    /// <summary>A title, rank or role written before a person's name (الرئيس، اللواء، المدرب).</summary>
    PersonTitle = 1,

    /// <summary>A generic head an organization's name follows or begins with (شركة، حزب، جامعة).</summary>
    OrganizationHead = 2,

    /// <summary>A phrase after which an organization is named (المتحدث باسم).</summary>
    OrganizationOf = 4,

    /// <summary>A generic head before a place name (مدينة، ولاية، نهر).</summary>
    LocationHead = 8,

    /// <summary>A preposition or noun of place or travel (في، إلى، زيارة).</summary>
    LocationPreposition = 16,

    /// <summary>A verb of speech, after which the speaker is often named (قال، أكد، أضاف).</summary>
    SpeechVerb = 32,

    /// <summary>A common given name, which a family name often follows (جاك شيراك).</summary>
    PersonFirstName = 64,
}

/// <summary>
/// Trigger phrases (one or more words) and their categories, matched over tokens by matching-normalized words; the
/// first word may carry proclitics (والرئيس).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Lexicon lines read <c>category&lt;TAB&gt;spelling|spelling</c>, the category one of
/// <c>person-title</c>, <c>organization-head</c>, <c>organization-of</c>, <c>location-head</c>,
/// <c>location-preposition</c>, <c>speech-verb</c>, <c>person-first-name</c>.
/// </remarks>
internal sealed class EntityTriggers
{
    /// <summary>The logical name of the built-in trigger lexicon.</summary>
    internal const string Resource = "ArabicNews.Extraction.Lexicons.entity-triggers.txt";

    private static readonly Lazy<EntityTriggers> BuiltInTriggers = new(() => Parse(WithSharedLexicons(EmbeddedResources.ReadEntries(Resource)), Resource));

    private readonly FrozenDictionary<ulong, TriggerCategory> _byPhrase;

    // The last word of every phrase: most tokens end no phrase, and one lookup tells.
    private readonly FrozenSet<ulong> _lastWords;

    private EntityTriggers(FrozenDictionary<ulong, TriggerCategory> byPhrase, FrozenSet<ulong> lastWords, int longestPhrase)
    {
        _byPhrase = byPhrase;
        _lastWords = lastWords;
        LongestPhrase = longestPhrase;
        var fingerprint = FeatureHash.Empty;
        foreach (var (key, category) in byPhrase.OrderBy(p => p.Key))
            fingerprint = FeatureHash.Combine(fingerprint, FeatureHash.Combine(key, (ulong)category));
        Fingerprint = fingerprint;
    }

    /// <summary>The triggers of the built-in lexicon, loaded once.</summary>
    public static EntityTriggers BuiltIn => BuiltInTriggers.Value;

    /// <summary>The most words a trigger phrase has.</summary>
    public int LongestPhrase { get; }

    /// <summary>A hash of all phrases and categories: a model records the fingerprint of the triggers it was trained with.</summary>
    public ulong Fingerprint { get; }

    /// <summary>Parses lexicon entries <c>category&lt;TAB&gt;spelling|spelling</c>.</summary>
    /// <exception cref="FormatException">An entry has no tab or an unknown category.</exception>
    public static EntityTriggers Parse(IEnumerable<string> entries, string source)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byPhrase = new Dictionary<ulong, TriggerCategory>();
        var lastWords = new HashSet<ulong>();
        var longest = 1;
        foreach (var entry in entries)
        {
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var category = tab < 0 ? TriggerCategory.None : ParseCategory(entry.AsSpan(0, tab));
            if (category == TriggerCategory.None)
                throw new FormatException($"{source}: '{entry}' is not 'category<TAB>spelling|spelling' with a known category.");
            foreach (var spelling in entry[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = ArabicNormalizer.Matching.Normalize(spelling).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var key = FeatureHash.Empty;
                for (var i = words.Length - 1; i >= 0; i--)
                    key = FeatureHash.Combine(FeatureHash.Of(words[i]), key);
                byPhrase[key] = byPhrase.GetValueOrDefault(key) | category;
                lastWords.Add(FeatureHash.Of(words[^1]));
                longest = Math.Max(longest, words.Length);
            }
        }

        return new EntityTriggers(byPhrase.ToFrozenDictionary(), lastWords.ToFrozenSet(), longest);
    }

    /// <summary>
    /// The categories of the phrases that end at token <paramref name="last"/> and start at or after
    /// <paramref name="lowerBound"/>. <paramref name="wordKeys"/> hold each token's key as written and
    /// <paramref name="barewordKeys"/> its key without proclitics; a phrase's first word may match either.
    /// </summary>
    public TriggerCategory EndingAt(ReadOnlySpan<ulong> wordKeys, ReadOnlySpan<ulong> barewordKeys, int lowerBound, int last)
    {
        var found = TriggerCategory.None;
        if (!_lastWords.Contains(wordKeys[last]) && !_lastWords.Contains(barewordKeys[last]))
            return found;
        var rest = FeatureHash.Empty;
        for (var length = 1; length <= LongestPhrase && last - length + 1 >= lowerBound; length++)
        {
            var first = last - length + 1;
            found |= Lookup(wordKeys[first], rest) | Lookup(barewordKeys[first], rest);

            // The rest of a longer phrase: this token's word, then the words after it.
            rest = FeatureHash.Combine(wordKeys[first], rest);
        }

        return found;
    }

    /// <summary>
    /// How many tokens from <paramref name="first"/> (before <paramref name="upperBound"/>) the longest phrase of
    /// <paramref name="category"/> starting there covers; 0 when none does. Keys as in <see cref="EndingAt"/>.
    /// </summary>
    public int LengthStartingAt(ReadOnlySpan<ulong> wordKeys, ReadOnlySpan<ulong> barewordKeys, int first, int upperBound, TriggerCategory category)
    {
        var longest = 0;
        for (var length = 1; length <= LongestPhrase && first + length <= upperBound; length++)
        {
            var rest = FeatureHash.Empty;
            for (var i = first + length - 1; i > first; i--)
                rest = FeatureHash.Combine(wordKeys[i], rest);
            if (((Lookup(wordKeys[first], rest) | Lookup(barewordKeys[first], rest)) & category) != 0)
                longest = length;
        }

        return longest;
    }

    private TriggerCategory Lookup(ulong firstWord, ulong rest) => _byPhrase.GetValueOrDefault(FeatureHash.Combine(firstWord, rest));

    // The titles and generic heads of titles.txt are person-title, organization-head and location-head triggers, and
    // the given names of given-names.txt person-first-name triggers, so that one list serves the gazetteer, the linker,
    // the quotation finder and the tagger; entity-triggers.txt adds only what the tagger alone needs (heads that belong
    // to names, such as مجلس). A given name that is listed as another trigger keeps only that category (باسم is "in
    // the name of" in المتحدث باسم far more often than Bassem).
    private static List<string> WithSharedLexicons(IEnumerable<string> entries)
    {
        var all = entries.ToList();
        foreach (var (phrase, kind) in TitleLexicon.ReadBuiltIn())
        {
            var category = kind switch
            {
                TitleKind.Person or TitleKind.Honorific => "person-title",
                TitleKind.Organization => "organization-head",
                TitleKind.Location => "location-head",
                _ => null,
            };
            if (category is not null)
                all.Add(category + "\t" + phrase);
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in all)
        {
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            foreach (var spelling in entry[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                listed.Add(ArabicNormalizer.Matching.Normalize(spelling));
        }

        foreach (var name in Gazetteer.BuiltInGivenNames())
        {
            if (!listed.Contains(ArabicNormalizer.Matching.Normalize(name)))
                all.Add("person-first-name\t" + name);
        }

        return all;
    }

    private static TriggerCategory ParseCategory(ReadOnlySpan<char> name) => name switch
    {
        "person-title" => TriggerCategory.PersonTitle,
        "organization-head" => TriggerCategory.OrganizationHead,
        "organization-of" => TriggerCategory.OrganizationOf,
        "location-head" => TriggerCategory.LocationHead,
        "location-preposition" => TriggerCategory.LocationPreposition,
        "speech-verb" => TriggerCategory.SpeechVerb,
        "person-first-name" => TriggerCategory.PersonFirstName,
        _ => TriggerCategory.None,
    };
}
