using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Normalization;

namespace ArabicNews.Extraction.Linking;

/// <summary>The linker's output: entities, the public mentions, and the entity id of each candidate mention.</summary>
internal sealed record LinkedEntities(IReadOnlyList<Entity> Entities, IReadOnlyList<EntityMention> Mentions, IReadOnlyList<string> EntityIdOfCandidate);

/// <summary>Merges the mentions of one real-world entity within an article and names it.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Mentions are taken in text order and each joins the first entity that one of these
/// rules finds, in this order, else starts a new one:</para>
/// <list type="number">
/// <item>Gazetteer identity: every spelling of one known entity is one entity (بوتين، فلاديمير بوتين). A name the
/// recognizer did not tie to the gazetteer is looked up there; a spelling several entities share goes to the one
/// already in the article, else to the most prominent.</item>
/// <item>A name in brackets right after a name of the same type names the same entity: حلف شمال الأطلسي (NATO).</item>
/// <item>A one-word person name is the surname of the person whose full name ends with it; with several, the one
/// whose full name was seen most recently. A surname seen before any full name joins the next full name that ends
/// with it (a headline بيسكوف: ... before دميتري بيسكوف).</item>
/// <item>The same name: words compared matching-normalized (hamza, ى/ي, ة/ه), without proclitics, leading titles and
/// the article (الكرملين = كرملين), and without a generic head noun (حركة النهضة = النهضة).</item>
/// <item>The same name up to long-vowel letters (دميتري = ديميتري، أمريكا = أميركا), except in common Arabic given
/// names, where they tell names apart (محمد ≠ محمود، حسن ≠ حسين).</item>
/// <item>A person's full name with the same first and last words (a middle name dropped).</item>
/// </list>
/// <para>Persons never merge with other types by name, and two full names with different first names stay two
/// people. Places are never merged with the state they stand for (واشنطن stays apart from الولايات المتحدة).
/// The entity's type is the gazetteer's when it knows the entity, else the mentions' majority (the first mention's on a
/// tie); its name is the fullest form seen (most words, then longest), or the gazetteer's canonical Arabic name when
/// that is fuller. Ids run E1, E2, ... in order of first mention. Every step is a hash lookup: linear in the mentions.</para>
/// </remarks>
internal sealed class EntityLinker
{
    private const string PersonPrefix = "P|";
    private const string OtherPrefix = "N|";

    private static readonly Lazy<FrozenSet<string>> BuiltInGivenNames = new(() => NormalizedWords(Gazetteer.BuiltInGivenNames()));
    private static readonly ArabicNormalizer NameNormalizer = new(ArticleExtractor.ViewRules);

    private readonly Gazetteer _gazetteer;
    private readonly TitleLexicon _titles;
    private readonly FrozenSet<string> _givenNames;

    /// <summary>Creates a linker over <paramref name="gazetteer"/> with the built-in titles and given names.</summary>
    public EntityLinker(Gazetteer gazetteer)
        : this(gazetteer, TitleLexicon.BuiltIn, BuiltInGivenNames.Value)
    {
    }

    /// <summary>Creates a linker over <paramref name="gazetteer"/>, <paramref name="titles"/> and <paramref name="givenNames"/> (any spelling).</summary>
    public EntityLinker(Gazetteer gazetteer, TitleLexicon titles, IEnumerable<string> givenNames)
        : this(gazetteer, titles, NormalizedWords(givenNames ?? throw new ArgumentNullException(nameof(givenNames))))
    {
    }

    private EntityLinker(Gazetteer gazetteer, TitleLexicon titles, FrozenSet<string> givenNames)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(titles);
        _gazetteer = gazetteer;
        _titles = titles;
        _givenNames = givenNames;
    }

    public LinkedEntities Link(Document document, IReadOnlyList<MentionCandidate> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var order = new int[mentions.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (a, b) => mentions[a].Span.Start != mentions[b].Span.Start
            ? mentions[a].Span.Start.CompareTo(mentions[b].Span.Start)
            : a.CompareTo(b));

        var state = new LinkState(document, mentions.Count);
        for (var position = 0; position < order.Length; position++)
        {
            var index = order[position];
            var name = Analyze(document, mentions[index]);
            state.Names[index] = name;
            var previous = position == 0 ? -1 : order[position - 1];
            var cluster = FindCluster(state, mentions, previous, index, name) ?? state.NewCluster();
            cluster.Add(index, name, mentions[index]);
            state.Register(index, cluster, name);
        }

        JoinEarlySurnames(state, mentions);
        return Assemble(document, mentions, order, state);
    }

    private static FrozenSet<string> NormalizedWords(IEnumerable<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (PhraseTrie.Words(word) is [var single])
                set.Add(single);
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }

    private static string StripArticle(string word) =>
        word.Length >= 4 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;

    private static bool IsPerson(EntityType type) => type == EntityType.Person;

    private static EntityType MajorityType(IReadOnlyList<MentionCandidate> mentions, List<int> members)
    {
        Span<int> counts = stackalloc int[4];
        foreach (var member in members)
            counts[(int)mentions[member].Type]++;
        var best = mentions[members[0]].Type;
        for (var type = 0; type < counts.Length; type++)
        {
            if (counts[type] > counts[(int)best])
                best = (EntityType)type;
        }

        return best;
    }

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
                builder.Append(' ');
            builder.Append(c);
            space = false;
        }

        return builder.ToString();
    }

    private MentionName Analyze(Document document, MentionCandidate mention)
    {
        var tokens = document.Tokens;
        var first = mention.FirstToken;
        var end = Math.Min(tokens.Length, mention.FirstToken + Math.Max(1, mention.TokenCount));
        // A mention that is all title (the tagger can tag one) keeps it as its name.
        if (IsPerson(mention.Type) && _titles.TryMatchAt(document, first, end, out var title) && title.Kind is TitleKind.Person or TitleKind.Honorific
            && title.TokenCount < end - first)
            first += title.TokenCount;

        var readings = FirstWordReadings(tokens[first]);
        var words = new string[end - first];
        for (var i = first + 1; i < end; i++)
            words[i - first] = tokens[i].Normalized;

        var prefix = IsPerson(mention.Type) ? PersonPrefix : OtherPrefix;
        var keys = new List<string>(readings.Length * 2);
        var firstLastKeys = new List<string>(readings.Length);
        var lastSkeletons = new List<string>(readings.Length);
        var wordsByReading = new string[readings.Length][];
        for (var r = 0; r < readings.Length; r++)
        {
            words[0] = readings[r];
            wordsByReading[r] = [.. words];
            var keyWords = new string[words.Length];
            var skeletons = new string[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                keyWords[i] = StripArticle(words[i]);
                skeletons[i] = Skeleton(keyWords[i]);
            }

            AddDistinct(keys, prefix + string.Join(' ', keyWords));
            AddDistinct(keys, prefix + string.Join(' ', skeletons));
            if (words.Length > 1)
                AddDistinct(firstLastKeys, prefix + skeletons[0] + "|" + skeletons[^1]);
            AddDistinct(lastSkeletons, skeletons[^1]);
        }

        string? headless = null;
        // A head names the same thing only when it is of the mention's own type: حركة النهضة is النهضة, but مهرجان كان
        // (an event named after a place) is not كان.
        if (!IsPerson(mention.Type) && words.Length > 1 && _titles.TryMatchAt(document, first, end, out var head)
            && head.TokenCount < words.Length
            && ((head.Kind == TitleKind.Organization && mention.Type == EntityType.Organization)
                || (head.Kind == TitleKind.Location && mention.Type == EntityType.Location)))
        {
            headless = prefix + string.Join(' ', words[head.TokenCount..].Select(w => StripArticle(w)));
        }

        var nameStart = first == mention.FirstToken ? mention.Span.Start : tokens[first].Span.Start;
        return new MentionName(
            wordsByReading,
            keys,
            headless,
            firstLastKeys,
            lastSkeletons,
            IsPerson(mention.Type) && words.Length == 1,
            IsPerson(mention.Type) && words.Length > 1,
            nameStart,
            Math.Max(nameStart, mention.Span.End));
    }

    private static void AddDistinct(List<string> list, string item)
    {
        if (!list.Contains(item))
            list.Add(item);
    }

    /// <summary>
    /// The ways to read a name's first word: without its proclitics (the article's alef restored after a contracted
    /// لل as a second reading), then the whole token, for a name that merely begins with a proclitic letter (بارتوميو).
    /// Whether or not the mention's span left the proclitics out, the readings are the same.
    /// </summary>
    private static string[] FirstWordReadings(Token token)
    {
        if (token.Proclitics.Length == 0)
            return [token.Normalized];
        var rest = token.Normalized[token.Proclitics.Length..];
        return token.HasDefiniteArticle && !rest.StartsWith("ال", StringComparison.Ordinal)
            ? [rest, "ا" + rest, token.Normalized]
            : [rest, token.Normalized];
    }

    /// <summary>The word without its inner long-vowel letters, where they vary between spellings; given names and short words stay as they are.</summary>
    private string Skeleton(string word)
    {
        if (word.Length < 4 || _givenNames.Contains(word) || word[0] is < '\u0621' or > '\u06FF')
            return word;
        var builder = new StringBuilder(word.Length);
        builder.Append(word[0]);
        for (var i = 1; i < word.Length; i++)
        {
            if (word[i] is not ('ا' or 'و' or 'ي'))
                builder.Append(word[i]);
        }

        return builder.Length >= 3 ? builder.ToString() : word;
    }

    private Cluster? FindCluster(LinkState state, IReadOnlyList<MentionCandidate> mentions, int previous, int index, MentionName name)
    {
        var mention = mentions[index];
        var known = mention.Known ?? KnownByName(state, name);
        var bracketed = previous < 0 ? null : BracketedAfter(state, mentions, previous, index, known);
        if (known is not null)
        {
            if (state.ByKnown.TryGetValue(known, out var knownCluster))
                return knownCluster;
            var adopted = bracketed ?? state.FindByName(name);
            if (adopted is not null && adopted.Known is null)
            {
                adopted.Known = known;
                state.ByKnown[known] = adopted;
                return adopted;
            }

            var fresh = state.NewCluster();
            fresh.Known = known;
            state.ByKnown[known] = fresh;
            return fresh;
        }

        return bracketed ?? state.FindByName(name);
    }

    private KnownEntity? KnownByName(LinkState state, MentionName name)
    {
        GazetteerName? spelling = null;
        foreach (var reading in name.Readings)
            spelling ??= _gazetteer.Lookup(reading);
        if (spelling is null)
            return null;
        KnownEntity? present = null;
        var presentAt = -1;
        foreach (var candidate in spelling.Candidates)
        {
            if (state.ByKnown.TryGetValue(candidate, out var cluster) && cluster.LastMentionStart > presentAt)
                (present, presentAt) = (candidate, cluster.LastMentionStart);
        }

        return present ?? spelling.Candidates[0];
    }

    /// <summary>The entity of the mention <paramref name="previousIndex"/> when mention <paramref name="index"/> sits alone in brackets right after it.</summary>
    private static Cluster? BracketedAfter(LinkState state, IReadOnlyList<MentionCandidate> mentions, int previousIndex, int index, KnownEntity? known)
    {
        var previous = mentions[previousIndex];
        var mention = mentions[index];
        var tokens = state.Document.Tokens;
        var open = previous.FirstToken + previous.TokenCount;
        var close = mention.FirstToken + mention.TokenCount;
        if (mention.FirstToken != open + 1 || close >= tokens.Length || previous.Type != mention.Type
            || !IsBracket(state.Document, tokens[open], '(') || !IsBracket(state.Document, tokens[close], ')'))
        {
            return null;
        }

        var cluster = state.ClusterOf(previousIndex);
        return cluster.Known is null || known is null || ReferenceEquals(cluster.Known, known) ? cluster : null;
    }

    private static bool IsBracket(Document document, Token token, char bracket) =>
        token.Span.Length == 1 && document.Text[token.Span.Start] == bracket;

    private static void JoinEarlySurnames(LinkState state, IReadOnlyList<MentionCandidate> mentions)
    {
        foreach (var cluster in state.Clusters)
        {
            if (cluster.MergedInto is not null || cluster.Known is not null || cluster.HasFullName || cluster.Members.Count == 0)
                continue;
            var surname = state.Names[cluster.Members[0]]!;
            if (!surname.IsSurname)
                continue;
            var firstStart = mentions[cluster.Members[0]].Span.Start;
            Cluster? target = null;
            foreach (var last in surname.LastSkeletons)
                target ??= state.NextFullName(last, firstStart);
            if (target is not null && !ReferenceEquals(target, cluster))
                target.Absorb(cluster);
        }
    }

    private static LinkedEntities Assemble(Document document, IReadOnlyList<MentionCandidate> mentions, int[] order, LinkState state)
    {
        var clusters = new List<Cluster>();
        var seen = new HashSet<Cluster>();
        foreach (var index in order)
        {
            var cluster = state.ClusterOf(index);
            if (seen.Add(cluster))
                clusters.Add(cluster);
        }

        var ids = new string[mentions.Count];
        var byIndex = new EntityMention?[mentions.Count];
        var entities = new List<Entity>(clusters.Count);
        foreach (var cluster in clusters)
        {
            cluster.Members.Sort((a, b) => mentions[a].Span.Start.CompareTo(mentions[b].Span.Start));
            var id = "E" + (entities.Count + 1).ToString(CultureInfo.InvariantCulture);
            var type = cluster.Known?.Type ?? MajorityType(mentions, cluster.Members);
            var entityMentions = new EntityMention[cluster.Members.Count];
            for (var i = 0; i < entityMentions.Length; i++)
            {
                var member = cluster.Members[i];
                var candidate = mentions[member];
                entityMentions[i] = new EntityMention(candidate.Span, type, id, candidate.Confidence, candidate.Source);
                byIndex[member] = entityMentions[i];
                ids[member] = id;
            }

            entities.Add(new Entity(id, type, CanonicalName(document, state, cluster), cluster.Known?.LatinName, entityMentions));
        }

        var publicMentions = new EntityMention[order.Length];
        for (var i = 0; i < order.Length; i++)
            publicMentions[i] = byIndex[order[i]]!;
        return new LinkedEntities(entities, publicMentions, ids);
    }

    /// <summary>
    /// The fullest form seen: most words, then the gazetteer's canonical spelling, then the longest; the gazetteer's
    /// canonical name when it has more words than any form seen.
    /// </summary>
    private static string CanonicalName(Document document, LinkState state, Cluster cluster)
    {
        var canonical = cluster.Known is { } known ? PhraseTrie.Words(known.ArabicName) : [];
        string? best = null;
        var bestWords = 0;
        var bestIsCanonical = false;
        foreach (var member in cluster.Members)
        {
            var name = state.Names[member]!;
            var text = CollapseSpaces(NameNormalizer.Normalize(document.Text[name.Start..name.End]));
            var isCanonical = false;
            foreach (var reading in name.Readings)
                isCanonical |= reading.AsSpan().SequenceEqual(canonical);
            var better = best is null || name.WordCount > bestWords
                || (name.WordCount == bestWords && ((isCanonical && !bestIsCanonical) || (isCanonical == bestIsCanonical && text.Length > best.Length)));
            if (better)
                (best, bestWords, bestIsCanonical) = (text, name.WordCount, isCanonical);
        }

        if (cluster.Known is { } entity && canonical.Length > bestWords)
            return entity.ArabicName;
        return best ?? cluster.Known?.ArabicName ?? string.Empty;
    }

    /// <summary>What the linker compares of one mention; every list holds one entry per reading of the first word.</summary>
    /// <param name="Readings">The name's normalized words, leading titles left out, per reading of the first word.</param>
    /// <param name="Keys">Exact and long-vowel-free keys, prefixed by the type group.</param>
    /// <param name="HeadlessKey">The key without a generic head noun, if the name starts with one.</param>
    /// <param name="FirstLastKeys">A full person name's first and last words.</param>
    /// <param name="LastSkeletons">The last word, long-vowel-free: a surname's key.</param>
    /// <param name="IsSurname">A one-word person name.</param>
    /// <param name="IsFullPersonName">A person name of two words or more.</param>
    /// <param name="Start">Where the name starts in the original text, after any leading title.</param>
    /// <param name="End">Where the name ends in the original text.</param>
    private sealed record MentionName(
        string[][] Readings,
        List<string> Keys,
        string? HeadlessKey,
        List<string> FirstLastKeys,
        List<string> LastSkeletons,
        bool IsSurname,
        bool IsFullPersonName,
        int Start,
        int End)
    {
        public int WordCount => Readings[0].Length;
    }

    /// <summary>The mentions of one entity while linking.</summary>
    private sealed class Cluster
    {
        public List<int> Members { get; } = [];

        public KnownEntity? Known { get; set; }

        public Cluster? MergedInto { get; private set; }

        public bool HasFullName { get; private set; }

        public int LastMentionStart { get; private set; } = -1;

        public int FirstFullNameStart { get; private set; } = int.MaxValue;

        public int LastFullNameStart { get; private set; } = -1;

        public void Add(int index, MentionName name, MentionCandidate mention)
        {
            Members.Add(index);
            LastMentionStart = Math.Max(LastMentionStart, mention.Span.Start);
            if (name.IsFullPersonName)
            {
                HasFullName = true;
                FirstFullNameStart = Math.Min(FirstFullNameStart, mention.Span.Start);
                LastFullNameStart = Math.Max(LastFullNameStart, mention.Span.Start);
            }
        }

        public void Absorb(Cluster other)
        {
            Members.AddRange(other.Members);
            other.Members.Clear();
            other.MergedInto = this;
        }
    }

    /// <summary>The per-call maps from names to entities.</summary>
    private sealed class LinkState(Document document, int mentionCount)
    {
        private readonly Dictionary<string, Cluster> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Cluster> _byFirstLast = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Cluster>> _bySurname = new(StringComparer.Ordinal);
        private readonly Cluster?[] _clusterOf = new Cluster?[mentionCount];

        public Document Document { get; } = document;

        public MentionName?[] Names { get; } = new MentionName?[mentionCount];

        public Dictionary<KnownEntity, Cluster> ByKnown { get; } = new(ReferenceEqualityComparer.Instance);

        public List<Cluster> Clusters { get; } = [];

        public Cluster NewCluster()
        {
            var cluster = new Cluster();
            Clusters.Add(cluster);
            return cluster;
        }

        public Cluster ClusterOf(int index)
        {
            var cluster = _clusterOf[index]!;
            while (cluster.MergedInto is { } merged)
                cluster = merged;
            return cluster;
        }

        public void Register(int index, Cluster cluster, MentionName name)
        {
            _clusterOf[index] = cluster;
            foreach (var key in name.Keys)
                _byKey[key] = cluster;
            if (name.HeadlessKey is not null)
                _byKey[name.HeadlessKey] = cluster;
            if (!name.IsFullPersonName)
                return;
            foreach (var key in name.FirstLastKeys)
                _byFirstLast[key] = cluster;
            foreach (var last in name.LastSkeletons)
            {
                if (!_bySurname.TryGetValue(last, out var owners))
                    _bySurname[last] = owners = [];
                if (!owners.Contains(cluster))
                    owners.Add(cluster);
            }
        }

        public Cluster? FindByName(MentionName name)
        {
            if (name.IsSurname)
            {
                foreach (var last in name.LastSkeletons)
                {
                    if (MostRecentFullName(last) is { } owner)
                        return owner;
                }
            }

            foreach (var key in name.Keys)
            {
                if (Find(_byKey, key) is { } same)
                    return same;
            }

            if (name.HeadlessKey is not null && Find(_byKey, name.HeadlessKey) is { } headless)
                return headless;
            if (name.IsFullPersonName)
            {
                foreach (var key in name.FirstLastKeys)
                {
                    if (Find(_byFirstLast, key) is { } sameEnds)
                        return sameEnds;
                }
            }

            return null;
        }

        public Cluster? NextFullName(string surname, int after)
        {
            Cluster? next = null;
            if (!_bySurname.TryGetValue(surname, out var owners))
                return null;
            foreach (var owner in owners)
            {
                var root = Root(owner);
                if (root.FirstFullNameStart > after && (next is null || root.FirstFullNameStart < next.FirstFullNameStart))
                    next = root;
            }

            return next;
        }

        private static Cluster Root(Cluster cluster)
        {
            while (cluster.MergedInto is { } merged)
                cluster = merged;
            return cluster;
        }

        private static Cluster? Find(Dictionary<string, Cluster> map, string key) =>
            map.TryGetValue(key, out var cluster) ? Root(cluster) : null;

        private Cluster? MostRecentFullName(string surname)
        {
            Cluster? recent = null;
            if (!_bySurname.TryGetValue(surname, out var owners))
                return null;
            foreach (var owner in owners)
            {
                var root = Root(owner);
                if (recent is null || root.LastFullNameStart > recent.LastFullNameStart)
                    recent = root;
            }

            return recent;
        }
    }
}
