using System.Collections.Frozen;
using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Entities;

/// <summary>Why a spelling the gazetteer knows cannot be trusted on its own.</summary>
[Flags]
internal enum GazetteerAmbiguity
{
    /// <summary>The spelling names one entity and is not a common word.</summary>
    None = 0,

    /// <summary>A one-word spelling that is also a common word: عون "help", سلام "peace", كان "was" / Cannes.</summary>
    CommonWord = 1,

    /// <summary>Several entities go by the spelling: الأسد (Bashar, Hafez), بوش (George W., George H. W.).</summary>
    SharedName = 2,
}

/// <summary>A spelling the gazetteer knows: the entities that go by it, most prominent first, and how ambiguous it is.</summary>
internal sealed record GazetteerName(IReadOnlyList<KnownEntity> Candidates, GazetteerAmbiguity Ambiguity)
{
    /// <summary>
    /// The candidates of which the spelling is only the surname: the last words of a longer spelling of the same person
    /// (بوتين of فلاديمير بوتين, بن علي of زين العابدين بن علي).
    /// </summary>
    public IReadOnlyList<KnownEntity> SurnameOf { get; init; } = [];
}

/// <summary>A gazetteer hit: tokens <c>[FirstToken, FirstToken + TokenCount)</c> spell a known entity.</summary>
/// <param name="FirstToken">The first token of the name.</param>
/// <param name="TokenCount">How many tokens the name covers.</param>
/// <param name="Entity">The entity; for an ambiguous name, its most prominent candidate until <see cref="Gazetteer.Resolve"/> decides.</param>
internal readonly record struct GazetteerMatch(int FirstToken, int TokenCount, KnownEntity Entity)
{
    /// <summary>The name in the original text: after the first token's proclitics (unless they belong to the name) to the end of the last token.</summary>
    public TextSpan Span { get; init; }

    /// <summary>The spelling matched, with its candidates and ambiguity.</summary>
    public required GazetteerName Name { get; init; }

    /// <summary>True when the spelling is a common word or shared by several entities.</summary>
    public bool IsAmbiguous => Name.Ambiguity != GazetteerAmbiguity.None;
}

/// <summary>
/// Known entities and every spelling of them, matched over tokens by their matching-normalized forms, longest first.
/// The first token of a match may carry proclitics (و ف ب ل ك), which stay outside the name.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Lexicon lines read <c>Latin Name&lt;TAB&gt;عربي|عربي آخر</c>; the first Arabic spelling is
/// the canonical one; the file's name gives the type (<c>gazetteer-persons.txt</c>, <c>-organizations</c>, <c>-locations</c>).
/// An organization's Latin name is a spelling too (<c>Google</c>, <c>Reuters</c>). Entries of one type with the same
/// Latin name are one entity and pool their spellings. A multi-word name may be written with or without the article on
/// its first word (جوهرة أف أم، الجوهرة أف أم).</para>
/// <para>Surnames. Once a listed person's full name is matched in a document, its last word alone (يوسف رجي ... رجي)
/// is matched as that person anywhere in the same document, unless it is a title, a common word or a given name, or
/// two such persons share it.</para>
/// <para>Namesakes. A person's surname (a spelling that ends a longer spelling of theirs: بن علي، المرزوقي) right after
/// a given name that is none of theirs names someone else (سامي بن علي، يوسف المرزوقي) and is not matched; given names
/// are those of <c>given-names.txt</c> and the first words of the listed persons' full names. Once a namesake is named,
/// the bare surname elsewhere in the document is not matched either, unless the listed person is named more fully there.</para>
/// <para>Ambiguity policy. <see cref="Match"/> reports every match and flags two kinds of doubtful spelling:
/// a one-word spelling listed in <c>gazetteer-ambiguous.txt</c> as a common word or in <c>given-names.txt</c> as a common
/// given name (<see cref="GazetteerAmbiguity.CommonWord"/>),
/// and a spelling several entities share (<see cref="GazetteerAmbiguity.SharedName"/>). <see cref="Resolve"/> then keeps:
/// every unambiguous match; an ambiguous match whose candidate is also matched unambiguously in the same document
/// (<c>ميشال عون</c> ... <c>عون</c>), taking the candidate with the nearest such mention, before it if any; else an
/// ambiguous match right after a title or head noun of a candidate's type (not a mere honorific such as السيد, and not
/// when the word itself reads as a nationality adjective), as that candidate (<c>الرئيس عون</c>,
/// <c>مدينة كان</c>, <c>ولاية الكاف</c>); else a shared name that is not a common word, as its most prominent candidate
/// (persons, then organizations, then locations, each in lexicon order). Other common-word matches are dropped and left
/// to the tagger, which sees every match as a feature.</para>
/// </remarks>
internal sealed class Gazetteer
{
    /// <summary>The logical name of the built-in list of spellings that are also common words.</summary>
    internal const string AmbiguousWordsResource = "ArabicNews.Extraction.Lexicons.gazetteer-ambiguous.txt";

    /// <summary>The logical name of the built-in list of common Arabic given names.</summary>
    internal const string GivenNamesResource = "ArabicNews.Extraction.Lexicons.given-names.txt";

    private static readonly (string Resource, EntityType Type)[] BuiltInFiles =
    [
        ("ArabicNews.Extraction.Lexicons.gazetteer-persons.txt", EntityType.Person),
        ("ArabicNews.Extraction.Lexicons.gazetteer-organizations.txt", EntityType.Organization),
        ("ArabicNews.Extraction.Lexicons.gazetteer-locations.txt", EntityType.Location),
    ];

    /// <summary>The shortest first word of a listed person's name that is taken for a given name.</summary>
    private const int MinFirstNameLength = 4;

    private static readonly Lazy<KnownEntity[]> BuiltInEntities = new(() => [.. ReadBuiltIn()]);

    private readonly PhraseTrie _trie;
    private readonly GazetteerName?[] _names;
    private readonly TitleLexicon _titles;
    private readonly FrozenSet<string> _commonWords;

    // Given names, matching-normalized, each with whether it is written with a final ي (علي) rather than ى (موسى).
    private readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _givenNames;

    /// <summary>Creates a gazetteer over <paramref name="entities"/> with the built-in common words and titles.</summary>
    public Gazetteer(IEnumerable<KnownEntity> entities)
        : this(entities, BuiltInAmbiguousWords(), TitleLexicon.BuiltIn)
    {
    }

    /// <summary>
    /// Creates a gazetteer over <paramref name="entities"/>; one-word spellings in <paramref name="ambiguousWords"/> are
    /// common words, matched only with evidence; <paramref name="titles"/> are that evidence.
    /// </summary>
    public Gazetteer(IEnumerable<KnownEntity> entities, IEnumerable<string> ambiguousWords, TitleLexicon titles)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(ambiguousWords);
        ArgumentNullException.ThrowIfNull(titles);
        _titles = titles;
        Entities = Pool(entities);

        var commonWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ambiguousWords)
        {
            if (PhraseTrie.Words(word) is [var single])
                commonWords.Add(single);
        }

        _commonWords = commonWords.ToFrozenSet(StringComparer.Ordinal);

        var givenNames = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in BuiltInGivenNames())
            AddGivenName(givenNames, name);

        var builder = new PhraseTrie.Builder();
        var candidates = new Dictionary<int, (List<KnownEntity> Entities, bool CommonWord)>();
        var surnames = new Dictionary<int, List<KnownEntity>>();
        var spellings = new List<(string Spelling, string[] Words, int Node)>();
        foreach (var entity in Entities)
        {
            spellings.Clear();
            foreach (var spelling in SpellingsOf(entity))
            {
                var words = PhraseTrie.Words(spelling);
                if (words.Length == 0)
                    continue;
                var node = builder.Add(words);
                spellings.Add((spelling, words, node));
                if (!candidates.TryGetValue(node, out var name))
                    candidates[node] = name = ([], words.Length == 1 && commonWords.Contains(words[0]));
                if (!name.Entities.Contains(entity))
                    name.Entities.Add(entity);
            }

            if (entity.Type == EntityType.Person)
                AddSurnamesAndFirstNames(entity, spellings, surnames, givenNames);
        }

        _trie = builder.Build();
        _names = new GazetteerName?[_trie.NodeCount];
        foreach (var (node, (list, commonWord)) in candidates)
        {
            var ambiguity = (commonWord ? GazetteerAmbiguity.CommonWord : GazetteerAmbiguity.None)
                | (list.Count > 1 ? GazetteerAmbiguity.SharedName : GazetteerAmbiguity.None);
            _names[node] = new GazetteerName(list.ToArray(), ambiguity)
            {
                SurnameOf = surnames.TryGetValue(node, out var owners) ? owners.ToArray() : [],
            };
        }

        _givenNames = givenNames.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Count = candidates.Count;
    }

    /// <summary>How many distinct spellings the gazetteer matches.</summary>
    public int Count { get; }

    /// <summary>The titles and generic heads that stand before names and stay outside them.</summary>
    public TitleLexicon Titles => _titles;

    /// <summary>The entities, after pooling entries of one type and Latin name, in lexicon order.</summary>
    public IReadOnlyList<KnownEntity> Entities { get; }

    /// <summary>The built-in lexicons' entities, parsed once.</summary>
    public static IEnumerable<KnownEntity> BuiltIn() => BuiltInEntities.Value;

    /// <summary>The built-in one-word spellings matched only with evidence: common words and common given names.</summary>
    public static IEnumerable<string> BuiltInAmbiguousWords() =>
        EmbeddedResources.ReadEntries(AmbiguousWordsResource).Concat(BuiltInGivenNames());

    /// <summary>The built-in common Arabic given names.</summary>
    public static IEnumerable<string> BuiltInGivenNames() => EmbeddedResources.ReadEntries(GivenNamesResource);

    /// <summary>Parses one lexicon line <c>Latin Name&lt;TAB&gt;عربي|عربي آخر</c>.</summary>
    /// <exception cref="FormatException">The line has no tab, no Latin name or no Arabic spelling.</exception>
    public static KnownEntity Parse(string line, EntityType type, string source)
    {
        ArgumentNullException.ThrowIfNull(line);
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var spellings = tab < 0 ? [] : line[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var latinName = tab < 0 ? string.Empty : line[..tab].Trim();
        if (latinName.Length == 0 || spellings.Length == 0)
            throw new FormatException($"{source}: '{line}' is not 'Latin Name<TAB>Arabic|Arabic variant'.");
        return new KnownEntity(type, latinName, spellings[0], spellings);
    }

    /// <summary>Reads a lexicon in the built-in format: one entity a line, blank lines and '#' comments skipped.</summary>
    /// <exception cref="FormatException">A line is malformed; the message gives its number.</exception>
    public static List<KnownEntity> ParseLexicon(TextReader reader, EntityType type, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entities = new List<KnownEntity>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
                entities.Add(Parse(entry, type, $"{source} line {number}"));
        }

        return entities;
    }

    /// <summary>
    /// The Arabic words the clitic analyzer must keep whole (بوتين، ليبيا، بشار، سامي): every word of three letters or
    /// more of the gazetteer's spellings that does not start with the article, and the built-in given names; but not a
    /// complement inside an organization's or place's name, which really does carry a preposition or conjunction
    /// (للشغل، لمكافحة، بسوسة، والتنمية in الاتحاد العام التونسي للشغل ...).
    /// </summary>
    public IEnumerable<string> WholeWords()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in BuiltInGivenNames())
        {
            if (seen.Add(name))
                yield return name;
        }

        foreach (var entity in Entities)
        {
            foreach (var spelling in entity.Aliases)
            {
                // Spellings as written, not matching-normalized: the clitic analyzer tells ة from ه.
                var words = spelling.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i < words.Length; i++)
                {
                    var word = words[i];
                    if (word.Length >= 3 && IsArabicLetter(word[0]) && !word.StartsWith("ال", StringComparison.Ordinal)
                        && !(i > 0 && IsNameComplement(entity.Type, word)) && seen.Add(word))
                    {
                        yield return word;
                    }
                }
            }
        }
    }

    /// <summary>The spelling made of <paramref name="words"/> (matching-normalized, as <see cref="PhraseTrie.Words"/> gives them), if known.</summary>
    public GazetteerName? Lookup(ReadOnlySpan<string> words)
    {
        var node = _trie.Find(words);
        return node == PhraseTrie.None ? null : _names[node];
    }

    /// <summary>The most prominent entity spelled exactly <paramref name="name"/> (any spelling, any normalization), if known.</summary>
    public bool TryGet(string name, out KnownEntity? entity)
    {
        ArgumentNullException.ThrowIfNull(name);
        entity = Lookup(PhraseTrie.Words(name))?.Candidates[0];
        return entity is not null;
    }

    /// <summary>
    /// Every longest, non-overlapping match in the document's tokens, left to right, within sentences; ambiguous
    /// spellings included and flagged (see the ambiguity policy in the remarks).
    /// </summary>
    public List<GazetteerMatch> Match(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var matches = new List<GazetteerMatch>();
        List<(KnownEntity Entity, int Words)>? namesakes = null;
        foreach (var sentence in document.Sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            var i = sentence.FirstToken;
            while (i < end)
            {
                if (TryMatchAt(tokens, i, end, out var match))
                {
                    if (WithoutNamesakes(document, sentence.FirstToken, match, ref namesakes) is { } kept)
                        matches.Add(kept);
                    i += match.TokenCount;
                }
                else
                {
                    i++;
                }
            }
        }

        if (namesakes is not null)
            DropNamesakesSurnames(matches, namesakes);
        AddSurnameEchoes(document, matches);
        return matches;
    }

    /// <summary>The matches to report as mentions, ambiguous ones resolved or dropped by the ambiguity policy (see the remarks).</summary>
    public List<GazetteerMatch> Resolve(Document document, IReadOnlyList<GazetteerMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(matches);
        var sure = new Dictionary<KnownEntity, List<int>>(ReferenceEqualityComparer.Instance);
        foreach (var match in matches)
        {
            if (!match.IsAmbiguous)
            {
                if (!sure.TryGetValue(match.Entity, out var positions))
                    sure[match.Entity] = positions = [];
                positions.Add(match.FirstToken);
            }
        }

        var resolved = new List<GazetteerMatch>(matches.Count);
        foreach (var match in matches)
        {
            if (!match.IsAmbiguous)
                resolved.Add(match);
            else if (NearestSure(sure, match) is { } entity)
                resolved.Add(match with { Entity = entity });
            else if (TitledCandidate(document, match) is { } titled)
                resolved.Add(match with { Entity = titled });
            else if ((match.Name.Ambiguity & GazetteerAmbiguity.CommonWord) == 0)
                resolved.Add(match);
        }

        return resolved;
    }

    /// <summary>The resolved matches of <paramref name="document"/>: <see cref="Resolve"/> over <see cref="Match"/>.</summary>
    public List<GazetteerMatch> Mentions(Document document) => Resolve(document, Match(document));

    private static IEnumerable<string> SpellingsOf(KnownEntity entity)
    {
        foreach (var alias in entity.Aliases)
            yield return alias;

        // Organizations' Latin names are brands that Arabic copy writes in Latin (Google, Reuters); Latin place and
        // person names there are mostly parts of longer Latin names (Africa CDC), so they are not spellings.
        if (entity.Type == EntityType.Organization)
            yield return entity.LatinName;
    }

    private static KnownEntity[] Pool(IEnumerable<KnownEntity> entities)
    {
        var pooled = new List<KnownEntity>();
        var indexByName = new Dictionary<(EntityType, string), int>();
        foreach (var entity in entities)
        {
            ArgumentNullException.ThrowIfNull(entity);
            var key = (entity.Type, entity.LatinName.ToUpperInvariant());
            if (indexByName.TryGetValue(key, out var index))
            {
                var first = pooled[index];
                var aliases = new List<string>(first.Aliases);
                foreach (var alias in entity.Aliases)
                {
                    if (!aliases.Contains(alias))
                        aliases.Add(alias);
                }

                pooled[index] = first with { Aliases = aliases };
            }
            else
            {
                indexByName[key] = pooled.Count;
                pooled.Add(entity);
            }
        }

        return [.. pooled];
    }

    private static IEnumerable<KnownEntity> ReadBuiltIn()
    {
        foreach (var (resource, type) in BuiltInFiles)
        {
            foreach (var entry in EmbeddedResources.ReadEntries(resource))
                yield return Parse(entry, type, resource);
        }
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u06FF';

    /// <summary>
    /// True when <paramref name="word"/>, a word after the first of an organization's or place's name, is a preposition or
    /// conjunction on a word: before the article (للشغل، بالقصبة، والتنمية), before a name the gazetteer knows
    /// (بسوسة، لتونس), or, in an organization's name, the preposition ل (لمكافحة الفساد). A person's name has no such words.
    /// </summary>
    private bool IsNameComplement(EntityType type, string word)
    {
        if (type == EntityType.Person || word[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك'))
            return false;
        if (word.StartsWith("لل", StringComparison.Ordinal) || (word.Length >= 5 && word.AsSpan(1).StartsWith("ال", StringComparison.Ordinal)))
            return true;
        return (type == EntityType.Organization && word[0] == 'ل') || PhraseTrie.Words(word[1..]) is [var rest] && IsSpelling(rest);
    }

    private static KnownEntity? NearestSure(Dictionary<KnownEntity, List<int>> sure, GazetteerMatch match)
    {
        KnownEntity? before = null, after = null;
        int beforeAt = int.MinValue, afterAt = int.MaxValue;
        foreach (var candidate in match.Name.Candidates)
        {
            if (!sure.TryGetValue(candidate, out var positions))
                continue;
            var index = positions.BinarySearch(match.FirstToken);
            var next = index < 0 ? ~index : index;
            if (next > 0 && positions[next - 1] > beforeAt)
                (before, beforeAt) = (candidate, positions[next - 1]);
            if (next < positions.Count && positions[next] < afterAt)
                (after, afterAt) = (candidate, positions[next]);
        }

        return before ?? after;
    }

    private KnownEntity? TitledCandidate(Document document, GazetteerMatch match)
    {
        // An honorific (السيد سعيد) fits anyone, and a nationality adjective after a title (الرئيس السوداني) is a
        // modifier of the title, not a name.
        if (!_titles.TryMatchBefore(document, match.FirstToken, out var title) || title.Kind == TitleKind.Honorific
            || _titles.IsModifier(document.Tokens[match.FirstToken]))
        {
            return null;
        }

        var type = title.Kind switch
        {
            TitleKind.Person => EntityType.Person,
            TitleKind.Organization => EntityType.Organization,
            _ => EntityType.Location,
        };
        foreach (var candidate in match.Name.Candidates)
        {
            if (candidate.Type == type)
                return candidate;
        }

        return null;
    }

    private bool TryMatchAt(Token[] tokens, int first, int end, out GazetteerMatch match)
    {
        match = default;
        var token = tokens[first];
        if (!token.IsWord)
            return false;
        var (stripped, whole, withoutArticle) = _trie.StepFirst(token);
        var (count, node) = Longest(tokens, first, end, stripped);
        var start = token.Proclitic.End;
        var (articleCount, articleNode) = Longest(tokens, first, end, withoutArticle);
        if (articleCount >= 2 && articleCount > count)
            (count, node) = (articleCount, articleNode);
        var (wholeCount, wholeNode) = Longest(tokens, first, end, whole);
        if (wholeCount > count)
            (count, node, start) = (wholeCount, wholeNode, token.Span.Start);
        if (count == 0)
            return false;
        var name = _names[node]!;
        match = new GazetteerMatch(first, count, name.Candidates[0])
        {
            Span = new TextSpan(start, tokens[first + count - 1].Span.End),
            Name = name,
        };
        return true;
    }

    /// <summary>Adds a match for each lone surname of a person whose full name <paramref name="matches"/> holds (see the remarks).</summary>
    private void AddSurnameEchoes(Document document, List<GazetteerMatch> matches)
    {
        var tokens = document.Tokens;
        Dictionary<string, GazetteerName?>? surnames = null;
        foreach (var match in matches)
        {
            if (match.Entity.Type != EntityType.Person || match.TokenCount < 2 || match.IsAmbiguous)
                continue;
            var last = tokens[match.FirstToken + match.TokenCount - 1];
            var word = last.Normalized;
            if (last.Kind != TokenKind.ArabicWord || word.Length < 3 || _commonWords.Contains(word) || _titles.IsTitleWord(word)
                || IsSpelling(word))
            {
                continue;
            }

            surnames ??= new Dictionary<string, GazetteerName?>(StringComparer.Ordinal);
            if (!surnames.TryGetValue(word, out var owner))
                surnames[word] = new GazetteerName([match.Entity], GazetteerAmbiguity.None);
            else if (owner is not null && !ReferenceEquals(owner.Candidates[0], match.Entity))
                surnames[word] = null;
        }

        if (surnames is null)
            return;
        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        var echoes = new List<GazetteerMatch>();
        var next = 0;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                while (next < matches.Count && matches[next].FirstToken + matches[next].TokenCount <= i)
                    next++;
                if (next < matches.Count && matches[next].FirstToken <= i)
                    continue;
                var token = tokens[i];
                if (token.Kind == TokenKind.ArabicWord
                    && lookup.TryGetValue(token.Normalized.AsSpan(token.Proclitics.Length), out var name) && name is not null
                    && !(i > sentence.FirstToken && IsForeignGivenName(document, i - 1, name.Candidates[0])))
                {
                    echoes.Add(new GazetteerMatch(i, 1, name.Candidates[0]) { Span = token.WithoutProclitic, Name = name });
                }
            }
        }

        if (echoes.Count == 0)
            return;
        matches.AddRange(echoes);
        matches.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>
    /// <paramref name="match"/> without the candidates it names only by their surname right after a given name that is
    /// none of theirs (سامي بن علي is not Zine El Abidine Ben Ali, يوسف المرزوقي not Moncef Marzouki); null when no
    /// candidate is left. Each candidate left out is noted in <paramref name="namesakes"/> with the surname's length.
    /// </summary>
    private GazetteerMatch? WithoutNamesakes(Document document, int sentenceFirst, GazetteerMatch match, ref List<(KnownEntity Entity, int Words)>? namesakes)
    {
        var name = match.Name;
        if (name.SurnameOf.Count == 0 || match.FirstToken <= sentenceFirst)
            return match;
        List<KnownEntity>? kept = null;
        foreach (var candidate in name.Candidates)
        {
            if (Holds(name.SurnameOf, candidate) && IsForeignGivenName(document, match.FirstToken - 1, candidate))
                (namesakes ??= []).Add((candidate, match.TokenCount));
            else
                (kept ??= []).Add(candidate);
        }

        if (kept is null)
            return null;
        return kept.Count == name.Candidates.Count ? match : Narrow(match, kept);
    }

    /// <summary>
    /// Once a namesake is named (يوسف المرزوقي), the bare surname elsewhere in the document is taken for the namesake's
    /// rather than the listed person's, unless the listed person is named more fully somewhere in it. Two passes over
    /// the matches.
    /// </summary>
    private static void DropNamesakesSurnames(List<GazetteerMatch> matches, List<(KnownEntity Entity, int Words)> namesakes)
    {
        var surnameWords = new Dictionary<KnownEntity, int>(ReferenceEqualityComparer.Instance);
        foreach (var (entity, words) in namesakes)
            surnameWords[entity] = Math.Max(words, surnameWords.GetValueOrDefault(entity));
        foreach (var match in matches)
        {
            foreach (var candidate in match.Name.Candidates)
            {
                if (surnameWords.TryGetValue(candidate, out var words) && match.TokenCount > words)
                    surnameWords.Remove(candidate);
            }
        }

        if (surnameWords.Count == 0)
            return;
        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var candidates = match.Name.Candidates;
            List<KnownEntity>? left = null;
            for (var c = 0; c < candidates.Count; c++)
            {
                var dropped = surnameWords.ContainsKey(candidates[c]) && Holds(match.Name.SurnameOf, candidates[c]);
                if (dropped && left is null)
                {
                    left = new List<KnownEntity>(candidates.Count);
                    for (var k = 0; k < c; k++)
                        left.Add(candidates[k]);
                }
                else if (!dropped)
                {
                    left?.Add(candidates[c]);
                }
            }

            if (left is null)
                matches[kept++] = match;
            else if (left.Count > 0)
                matches[kept++] = Narrow(match, left);
        }

        matches.RemoveRange(kept, matches.Count - kept);
    }

    private static GazetteerMatch Narrow(GazetteerMatch match, List<KnownEntity> candidates)
    {
        var ambiguity = (match.Name.Ambiguity & GazetteerAmbiguity.CommonWord)
            | (candidates.Count > 1 ? GazetteerAmbiguity.SharedName : GazetteerAmbiguity.None);
        return match with
        {
            Entity = candidates[0],
            Name = new GazetteerName(candidates, ambiguity) { SurnameOf = match.Name.SurnameOf },
        };
    }

    private static bool Holds(IReadOnlyList<KnownEntity> entities, KnownEntity entity)
    {
        foreach (var candidate in entities)
        {
            if (ReferenceEquals(candidate, entity))
                return true;
        }

        return false;
    }

    /// <summary>True when token <paramref name="t"/> is a given name and none of <paramref name="entity"/>'s own names.</summary>
    private bool IsForeignGivenName(Document document, int t, KnownEntity entity)
    {
        var token = document.Tokens[t];
        if (token.Kind != TokenKind.ArabicWord)
            return false;
        var whole = token.Normalized;
        var bare = whole.AsSpan(token.Proclitics.Length);
        if (!_givenNames.TryGetValue(bare, out var withYa) && !_givenNames.TryGetValue(whole, out withYa))
            return false;

        // علي is a name, على a preposition: a name listed with a final ي is not read in a word written with ى.
        if (withYa && document.View.Text[token.ViewEnd - 1] == 'ى')
            return false;
        foreach (var alias in entity.Aliases)
        {
            foreach (var word in PhraseTrie.Words(alias))
            {
                if (word == whole || bare.SequenceEqual(word))
                    return false;
            }
        }

        return true;
    }

    // A spelling that ends a longer spelling of the same person is a surname of theirs; the first word of any other
    // spelling of two words or more is a first name (فلاديمير، يوسف), unless it is short (بن، أبو، لي are as often name
    // particles or function words) or a title.
    private void AddSurnamesAndFirstNames(
        KnownEntity entity, List<(string Spelling, string[] Words, int Node)> spellings, Dictionary<int, List<KnownEntity>> surnames, Dictionary<string, bool> givenNames)
    {
        foreach (var (spelling, words, node) in spellings)
        {
            var surname = false;
            foreach (var (_, longer, _) in spellings)
                surname |= longer.Length > words.Length && longer.AsSpan(longer.Length - words.Length).SequenceEqual(words);
            if (surname)
            {
                if (!surnames.TryGetValue(node, out var owners))
                    surnames[node] = owners = [];
                if (!owners.Contains(entity))
                    owners.Add(entity);
            }
            else if (words.Length >= 2 && words[0].Length >= MinFirstNameLength && !_titles.IsTitleWord(words[0]))
            {
                AddGivenName(givenNames, spelling.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
            }
        }
    }

    private static void AddGivenName(Dictionary<string, bool> givenNames, string spelling)
    {
        if (PhraseTrie.Words(spelling) is not [var word])
            return;
        var withYa = spelling.TrimEnd().EndsWith('ي');
        givenNames[word] = givenNames.TryGetValue(word, out var known) ? known && withYa : withYa;
    }

    private bool IsSpelling(string word)
    {
        var node = _trie.Step(PhraseTrie.Root, word);
        return node != PhraseTrie.None && _names[node] is not null;
    }

    private (int Count, int Node) Longest(Token[] tokens, int first, int end, int node)
    {
        (int Count, int Node) best = (0, PhraseTrie.None);
        for (var j = first; node != PhraseTrie.None; )
        {
            if (_names[node] is not null)
                best = (j - first + 1, node);
            if (++j >= end)
                break;
            node = _trie.Step(node, tokens[j].Normalized);
        }

        return best;
    }
}
