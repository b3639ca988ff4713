using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Entities;

/// <summary>What a title phrase introduces.</summary>
internal enum TitleKind
{
    /// <summary>A person's office, rank or title: الرئيس، وزير الخارجية، الشيخ، الملك.</summary>
    Person,

    /// <summary>A person's honorific that says nothing about who is meant: السيد، الدكتور، د.</summary>
    Honorific,

    /// <summary>A generic head noun before an organization's name: شركة، وكالة، صحيفة.</summary>
    Organization,

    /// <summary>A generic head noun before a place name: مدينة، ولاية، جزيرة.</summary>
    Location,

    /// <summary>A word that may follow a title before the name: السابق، المؤقت (nationality adjectives are recognized by form).</summary>
    Modifier,
}

/// <summary>A title phrase over tokens <c>[FirstToken, FirstToken + TokenCount)</c>.</summary>
internal readonly record struct TitleMatch(int FirstToken, int TokenCount, TitleKind Kind);

/// <summary>
/// Titles, offices and generic head nouns that stand before a name but are not part of it (<c>الرئيس</c> +
/// <c>فلاديمير بوتين</c>, <c>وكالة</c> + <c>رويترز</c>). The tagger uses them to keep titles out of mention spans and as
/// context; the gazetteer and the linker use them as evidence that a word is a name.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Lexicon lines read <c>phrase&lt;TAB&gt;kind</c> with kind <c>person</c>,
/// <c>honorific</c>, <c>organization</c>, <c>location</c> or <c>modifier</c>. A title's first word may carry proclitics
/// (<c>وقال للرئيس</c>); a title may be followed by modifiers (<c>الرئيس الروسي السابق</c>).
/// </remarks>
internal sealed class TitleLexicon
{
    /// <summary>The logical name of the built-in titles lexicon.</summary>
    internal const string Resource = "ArabicNews.Extraction.Lexicons.titles.txt";

    /// <summary>How many modifiers may stand between a title and the name.</summary>
    private const int MaxModifiers = 3;

    private static readonly Lazy<TitleLexicon> BuiltInLexicon = new(() => new TitleLexicon(ReadBuiltIn()));

    private readonly PhraseTrie _trie;
    private readonly TitleKind?[] _kinds;

    /// <summary>Creates a lexicon of <paramref name="titles"/>; a phrase listed twice keeps its first kind.</summary>
    public TitleLexicon(IEnumerable<(string Phrase, TitleKind Kind)> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        var builder = new PhraseTrie.Builder();
        var kinds = new List<(int Node, TitleKind Kind)>();
        var oneWord = new List<(string Word, TitleKind Kind)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, kind) in titles)
        {
            var words = PhraseTrie.Words(phrase);
            if (words.Length == 0)
                continue;
            kinds.Add((builder.Add(words), kind));
            MaxWords = Math.Max(MaxWords, words.Length);
            if (words.Length == 1 && seen.Add(words[0]))
                oneWord.Add((words[0], kind));
        }

        _trie = builder.Build();
        _kinds = new TitleKind?[_trie.NodeCount];
        foreach (var (node, kind) in kinds)
            _kinds[node] ??= kind;
        OneWordTitles = oneWord;
    }

    /// <summary>The built-in lexicon, loaded once.</summary>
    public static TitleLexicon BuiltIn => BuiltInLexicon.Value;

    /// <summary>The most words a title phrase has.</summary>
    public int MaxWords { get; }

    /// <summary>The titles of one word (matching-normalized, as written: الوزير، السيد، وكالة) with their kinds.</summary>
    public IReadOnlyList<(string Word, TitleKind Kind)> OneWordTitles { get; }

    /// <summary>Parses one lexicon line <c>phrase&lt;TAB&gt;kind</c>.</summary>
    /// <exception cref="FormatException">The line has no tab or an unknown kind.</exception>
    public static (string Phrase, TitleKind Kind) Parse(string line, string source)
    {
        ArgumentNullException.ThrowIfNull(line);
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab > 0 && Enum.TryParse<TitleKind>(line[(tab + 1)..].Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind))
            return (line[..tab].Trim(), kind);
        throw new FormatException($"{source}: '{line}' is not 'phrase<TAB>person|honorific|organization|location|modifier'.");
    }

    /// <summary>
    /// The longest title (not a modifier) that starts at token <paramref name="first"/> and ends before token
    /// <paramref name="limit"/>; the first token's proclitics are allowed.
    /// </summary>
    public bool TryMatchAt(Document document, int first, int limit, out TitleMatch match)
    {
        ArgumentNullException.ThrowIfNull(document);
        match = default;
        var tokens = document.Tokens;
        if (first < 0 || first >= limit || limit > tokens.Length || !tokens[first].IsWord)
            return false;
        var (stripped, whole, _) = _trie.StepFirst(tokens[first]);
        var fromStripped = LongestTitle(tokens, first, limit, stripped);
        var fromWhole = LongestTitle(tokens, first, limit, whole);
        var (count, kind) = fromWhole.Count > fromStripped.Count ? fromWhole : fromStripped;
        if (count == 0)
            return false;
        match = new TitleMatch(first, count, kind);
        return true;
    }

    /// <summary>
    /// A title that ends right before token <paramref name="name"/>, possibly followed by modifiers
    /// (<c>الرئيس الروسي</c> + name), within the name's sentence. The match covers the title and its modifiers.
    /// </summary>
    public bool TryMatchBefore(Document document, int name, out TitleMatch match)
    {
        ArgumentNullException.ThrowIfNull(document);
        match = default;
        if (name <= 0 || name > document.Tokens.Length)
            return false;
        var sentenceStart = SentenceStart(document, name - 1);
        var end = name;
        for (var modifiers = 0; modifiers <= MaxModifiers && end > sentenceStart; modifiers++)
        {
            for (var start = end - 1; start >= Math.Max(sentenceStart, end - MaxWords); start--)
            {
                if (TryMatchAt(document, start, end, out var title) && title.FirstToken + title.TokenCount == end && title.Kind != TitleKind.Modifier)
                {
                    match = title with { TokenCount = name - start };
                    return true;
                }
            }

            if (!IsModifier(document.Tokens[end - 1]))
                return false;
            end--;
        }

        return false;
    }

    /// <summary>True when the one word <paramref name="word"/> (matching-normalized) is a title, head noun or modifier by itself.</summary>
    public bool IsTitleWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var node = _trie.Step(PhraseTrie.Root, word);
        return node != PhraseTrie.None && _kinds[node] is not null;
    }

    /// <summary>True when <paramref name="token"/> may stand between a title and a name: a listed modifier or a nationality adjective (<c>الروسي</c>، <c>الأمريكية</c>).</summary>
    public bool IsModifier(Token token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!token.IsWord)
            return false;
        var node = _trie.Step(PhraseTrie.Root, token.Normalized);
        if (node != PhraseTrie.None && _kinds[node] == TitleKind.Modifier)
            return true;
        var word = token.Normalized.AsSpan(token.Proclitics.Length);
        return token.HasDefiniteArticle && word.Length >= 5 && (word.EndsWith("ي") || word.EndsWith("يه") || word.EndsWith("يين") || word.EndsWith("يون"));
    }

    /// <summary>The phrases of the built-in lexicon, <c>titles.txt</c>, with their kinds.</summary>
    public static IEnumerable<(string Phrase, TitleKind Kind)> ReadBuiltIn()
    {
        foreach (var line in EmbeddedResources.ReadEntries(Resource))
            yield return Parse(line, Resource);
    }

    private static int SentenceStart(Document document, int token)
    {
        var sentences = document.Sentences;
        int low = 0, high = sentences.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (sentences[mid].FirstToken <= token)
                low = mid;
            else
                high = mid - 1;
        }

        return sentences.Length == 0 ? 0 : sentences[low].FirstToken;
    }

    private (int Count, TitleKind Kind) LongestTitle(Token[] tokens, int first, int limit, int node)
    {
        (int Count, TitleKind Kind) best = default;
        for (var j = first; node != PhraseTrie.None; )
        {
            if (_kinds[node] is { } kind && kind != TitleKind.Modifier)
                best = (j - first + 1, kind);
            if (++j >= limit)
                break;
            node = _trie.Step(node, tokens[j].Normalized);
        }

        return best;
    }
}
