using System.Buffers;
using System.Collections.Frozen;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction.Entities;

/// <summary>
/// A trie over whole words: each edge is one matching-normalized token, each node a phrase prefix. Walking it costs one
/// hash lookup per token, with no string built, so phrase lookup over a document stays linear in its tokens.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Nodes are numbered from <see cref="Root"/>; callers keep what a phrase means in arrays
/// indexed by the node that ends it. Letters that only some writers use for sounds Arabic lacks (ڤ for V, ڨ and گ
/// for G, پ for P) are folded into the usual ones on both sides, so one entry matches either spelling.
/// </remarks>
internal sealed class PhraseTrie
{
    /// <summary>The node of the empty phrase.</summary>
    public const int Root = 0;

    /// <summary>Returned by <see cref="Step"/> when no phrase continues with the word.</summary>
    public const int None = -1;

    private const int StackFoldLimit = 64;
    private const string ForeignLetters = "\u06A4\u06A8\u06AF\u067E";
    private const string NativeLetters = "\u0641\u0642\u063A\u0628";

    private static readonly SearchValues<char> Foldable = SearchValues.Create(ForeignLetters);
    private static readonly ArabicNormalizer ViewNormalizer = new(ArticleExtractor.ViewRules);

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordIds;
    private readonly FrozenDictionary<long, int> _children;

    private PhraseTrie(FrozenDictionary<string, int> wordIds, FrozenDictionary<long, int> children, int nodeCount)
    {
        _wordIds = wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _children = children;
        NodeCount = nodeCount;
    }

    /// <summary>How many nodes the trie has; node numbers run from 0 to <c>NodeCount - 1</c>.</summary>
    public int NodeCount { get; }

    /// <summary>
    /// The words of <paramref name="phrase"/> as the segmenter would see them: tokenized like an article (so <c>أ.ف.ب</c>
    /// and <c>بيونغ-يانغ</c> split the same way), each token matching-normalized and folded.
    /// </summary>
    public static string[] Words(string phrase)
    {
        var view = ViewNormalizer.Normalize(phrase);
        var raw = new List<RawToken>();
        Tokenizer.Tokenize(view, 0, view.Length, raw);
        var words = new string[raw.Count];
        for (var i = 0; i < words.Length; i++)
            words[i] = Fold(ArabicNormalizer.Matching.Normalize(view[raw[i].Start..raw[i].End]));
        return words;
    }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="word"/> (matching-normalized), or <see cref="None"/>.</summary>
    public int Step(int node, ReadOnlySpan<char> word)
    {
        if (node == None || word.IsEmpty)
            return None;
        if (word.ContainsAny(Foldable))
        {
            Span<char> folded = word.Length <= StackFoldLimit ? stackalloc char[word.Length] : new char[word.Length];
            Fold(word, folded);
            return StepFolded(node, folded);
        }

        return StepFolded(node, word);
    }

    /// <summary>
    /// The nodes a phrase can start from at <paramref name="token"/>: <c>Stripped</c> by the word without its proclitics
    /// (where ل + ال contracted to لل, the word as written, else with the article's alef restored: للولايات → الولايات);
    /// <c>Whole</c> by the whole token, for names that merely begin with a proclitic letter; <c>WithoutArticle</c> by the
    /// word without its article, for names usually written without it (الجوهرة أف أم). <see cref="None"/> where no
    /// phrase starts so; Stripped is None when the token has no proclitics, WithoutArticle when it has no article.
    /// </summary>
    public (int Stripped, int Whole, int WithoutArticle) StepFirst(Token token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var normalized = token.Normalized.AsSpan();
        var whole = Step(Root, normalized);
        var rest = normalized[token.Proclitics.Length..];
        if (rest.StartsWith("ال", StringComparison.Ordinal))
        {
            var withoutArticle = token.HasDefiniteArticle ? Step(Root, rest[2..]) : None;
            return (token.Proclitics.Length == 0 ? None : Step(Root, rest), whole, withoutArticle);
        }

        if (!token.HasDefiniteArticle)
            return (token.Proclitics.Length == 0 ? None : Step(Root, rest), whole, None);

        var asWritten = Step(Root, rest);
        if (asWritten != None)
            return (asWritten, whole, None);
        Span<char> restored = rest.Length < StackFoldLimit ? stackalloc char[rest.Length + 1] : new char[rest.Length + 1];
        restored[0] = 'ا';
        rest.CopyTo(restored[1..]);
        return (Step(Root, restored), whole, None);
    }

    /// <summary>The node of the whole phrase <paramref name="words"/>, or <see cref="None"/>.</summary>
    public int Find(ReadOnlySpan<string> words)
    {
        var node = Root;
        foreach (var word in words)
            node = Step(node, word);
        return words.IsEmpty ? None : node;
    }

    private static string Fold(string word) => word.AsSpan().ContainsAny(Foldable) ? FoldToString(word) : word;

    private static string FoldToString(string word)
    {
        var folded = new char[word.Length];
        Fold(word, folded);
        return new string(folded);
    }

    private static void Fold(ReadOnlySpan<char> word, Span<char> destination)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var index = ForeignLetters.IndexOf(word[i], StringComparison.Ordinal);
            destination[i] = index < 0 ? word[i] : NativeLetters[index];
        }
    }

    private int StepFolded(int node, ReadOnlySpan<char> word) =>
        _wordIds.TryGetValue(word, out var id) && _children.TryGetValue(EdgeKey(node, id), out var child) ? child : None;

    private static long EdgeKey(int node, int wordId) => ((long)node << 32) | (uint)wordId;

    /// <summary>Collects phrases, then freezes them into a <see cref="PhraseTrie"/>. Not thread-safe.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
        private readonly Dictionary<long, int> _children = [];
        private int _nodeCount = 1;

        /// <summary>Adds the phrase made of <paramref name="words"/> (as <see cref="Words"/> gives them) and returns its node.</summary>
        /// <exception cref="ArgumentException">The phrase has no words.</exception>
        public int Add(IReadOnlyList<string> words)
        {
            ArgumentNullException.ThrowIfNull(words);
            if (words.Count == 0)
                throw new ArgumentException("A phrase needs at least one word.", nameof(words));
            var node = Root;
            foreach (var word in words)
            {
                if (!_wordIds.TryGetValue(word, out var id))
                {
                    id = _wordIds.Count;
                    _wordIds.Add(word, id);
                }

                var key = EdgeKey(node, id);
                if (!_children.TryGetValue(key, out var child))
                {
                    child = _nodeCount++;
                    _children.Add(key, child);
                }

                node = child;
            }

            return node;
        }

        public PhraseTrie Build() =>
            new(_wordIds.ToFrozenDictionary(StringComparer.Ordinal), _children.ToFrozenDictionary(), _nodeCount);
    }
}
