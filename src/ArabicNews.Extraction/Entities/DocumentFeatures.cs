namespace ArabicNews.Extraction.Entities;

/// <summary>
/// One document's tokens as the tagger's features see them (word keys, clusters, triggers, gazetteer hits), looked up
/// once; then the features of any token, within its sentence.
/// </summary>
/// <remarks>Built per call by <see cref="EntityFeatures.Prepare"/>; not shared between threads.</remarks>
internal sealed class DocumentFeatures
{
    private const ulong Outside = EntityFeatures.Outside;
    private const int NoCluster = -1;
    private const int MaximumTrigramStarts = 16;
    private const int TriggerWindow = 3;

    private readonly Document _document;
    private readonly ulong[] _wordKeys;
    private readonly ulong[] _bareKeys;
    private readonly ulong[] _stemKeys;
    private readonly ulong[] _baseKeys;
    private readonly int[] _fineClusters;
    private readonly byte[] _frequencies;
    private readonly ushort[] _contexts;
    private readonly TriggerCategory[] _triggers;
    private readonly int[] _gazetteerTags;
    private readonly int[] _gazetteerLengths;
    private readonly int[] _sentenceStarts;
    private readonly int[] _sentenceEnds;
    private readonly bool[] _rare;
    private readonly byte[] _procliticLengths;
    private readonly ulong[] _articleForms;

    internal DocumentFeatures(EntityFeatures features, Document document, IReadOnlyList<GazetteerMatch> gazetteerMatches, IReadOnlySet<ulong>? rareWords)
    {
        _document = document;
        var tokens = document.Tokens;
        var n = tokens.Length;
        _wordKeys = new ulong[n];
        _bareKeys = new ulong[n];
        _stemKeys = new ulong[n];
        _baseKeys = new ulong[n];
        _fineClusters = new int[n];
        _frequencies = new byte[n];
        _contexts = new ushort[n];
        _triggers = new TriggerCategory[n];
        _gazetteerTags = new int[n];
        _gazetteerLengths = new int[n];
        _sentenceStarts = new int[n];
        _sentenceEnds = new int[n];
        _rare = new bool[n];
        _procliticLengths = new byte[n];
        _articleForms = new ulong[n];

        for (var t = 0; t < n; t++)
        {
            var token = tokens[t];
            var normalized = token.Normalized;
            _wordKeys[t] = FeatureHash.Of(normalized);
            var proclitics = features.Clusters.ProcliticLength(token);
            _procliticLengths[t] = (byte)proclitics;
            _bareKeys[t] = proclitics == 0 ? _wordKeys[t] : FeatureHash.Of(normalized.AsSpan(proclitics));
            _stemKeys[t] = ReferenceEquals(token.Stem, normalized) ? _wordKeys[t] : FeatureHash.Of(token.Stem);
            _baseKeys[t] = FeatureHash.Of(BaseOf(token, proclitics));
            if (features.Clusters.TryGet(_bareKeys[t], out var wordClass))
            {
                _fineClusters[t] = wordClass.Fine;
                _frequencies[t] = wordClass.Frequency;
                _contexts[t] = wordClass.Contexts;
            }
            else
            {
                _fineClusters[t] = NoCluster;
            }

            _rare[t] = rareWords is not null && rareWords.Contains(_wordKeys[t]);
            _articleForms[t] = token.Kind == TokenKind.ArabicWord ? ArticleForm(features.Clusters, normalized.AsSpan(proclitics), _fineClusters[t] != NoCluster ? _frequencies[t] : -1) : Outside;
        }

        foreach (var sentence in document.Sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var t = sentence.FirstToken; t < end; t++)
            {
                _sentenceStarts[t] = sentence.FirstToken;
                _sentenceEnds[t] = end;
                _triggers[t] = features.Triggers.EndingAt(_wordKeys, _bareKeys, sentence.FirstToken, t);
            }
        }

        foreach (var match in gazetteerMatches)
        {
            for (var i = 0; i < match.TokenCount; i++)
            {
                var t = match.FirstToken + i;
                _gazetteerTags[t] = i == 0 ? EntityTags.Begin(match.Entity.Type) : EntityTags.Inside(match.Entity.Type);
                _gazetteerLengths[t] = match.TokenCount;
            }
        }
    }

    /// <summary>The document's tokens.</summary>
    public IReadOnlyList<Token> Tokens => _document.Tokens;

    /// <summary>
    /// The key of each token as written (<see cref="FeatureHash.Of"/> of <see cref="Token.Normalized"/>), as the
    /// trigger lexicon matches it.
    /// </summary>
    public ReadOnlySpan<ulong> WordKeys => _wordKeys;

    /// <summary>The key of each token without its proclitics (those <see cref="ProcliticLength"/> confirms).</summary>
    public ReadOnlySpan<ulong> BareKeys => _bareKeys;

    /// <summary>How many leading letters of token <paramref name="t"/> are proclitics (<see cref="WordClusters.ProcliticLength"/>).</summary>
    public int ProcliticLength(int t) => _procliticLengths[t];

    /// <summary>Starts a token in <paramref name="buffer"/> and adds the features of token <paramref name="t"/> that do not depend on the previous tag.</summary>
    public void AddTokenFeatures(int t, FeatureBuffer buffer)
    {
        buffer.StartToken();
        AddWordFeatures(t, buffer);
        AddContextFeatures(t, buffer);
    }

    /// <summary>
    /// Adds the features of token <paramref name="t"/> that depend on its word alone (see <see cref="WordKey"/>): its
    /// forms, pieces, shape and word class.
    /// </summary>
    public void AddWordFeatures(int t, FeatureBuffer buffer)
    {
        var token = _document.Tokens[t];
        if (!_rare[t])
        {
            Add(buffer, FeatureTemplate.Word, _wordKeys[t]);
            Add(buffer, FeatureTemplate.Bare, _bareKeys[t]);
            Add(buffer, FeatureTemplate.Base, _baseKeys[t]);
            Add(buffer, FeatureTemplate.Stem, _stemKeys[t]);
        }

        AddWordPieces(buffer, token, _procliticLengths[t]);

        var kind = (ulong)token.Kind;
        var proclitics = _procliticLengths[t];
        var bareLength = token.Normalized.Length - proclitics;
        Add(buffer, FeatureTemplate.Kind, kind);
        Add(buffer, FeatureTemplate.KindLength, (kind << 8) | (uint)Math.Min(bareLength, 12));
        Add(buffer, FeatureTemplate.Article, token.HasDefiniteArticle ? 1UL : 0UL);
        Add(buffer, FeatureTemplate.Proclitics, FeatureHash.Of(token.Normalized.AsSpan(0, proclitics)));
        Add(buffer, FeatureTemplate.Enclitic, token.Enclitic.IsEmpty ? 0UL : 1UL);

        var fine = _fineClusters[t];
        Add(buffer, FeatureTemplate.Fine, ClusterValue(fine, 1));
        Add(buffer, FeatureTemplate.Middle, ClusterValue(fine, WordClusters.FineCount / WordClusters.MiddleCount));
        Add(buffer, FeatureTemplate.Coarse, ClusterValue(fine, WordClusters.FineCount / WordClusters.CoarseCount));
        Add(buffer, FeatureTemplate.Frequency, fine == NoCluster ? Outside : _frequencies[t]);
        Add(buffer, FeatureTemplate.ArticleForm, _articleForms[t]);
        if (fine != NoCluster)
        {
            var contexts = new WordClass(0, 0, _contexts[t]);
            for (var c = 0; c < WordClass.ContextCategories.Count; c++)
                Add(buffer, FeatureTemplate.ContextShare, ((ulong)c << 8) | (uint)contexts.ContextShare(c));
            Add(buffer, FeatureTemplate.Contexts, _contexts[t]);
        }
    }

    /// <summary>Adds the features of token <paramref name="t"/> that depend on its neighbours, triggers and gazetteer matches.</summary>
    public void AddContextFeatures(int t, FeatureBuffer buffer)
    {
        var start = _sentenceStarts[t];
        var end = _sentenceEnds[t];
        if (t == start)
            Add(buffer, FeatureTemplate.SentenceStart, 1);

        Add(buffer, FeatureTemplate.WordMinus2, WordAt(t - 2, start, end));
        Add(buffer, FeatureTemplate.WordMinus1, WordAt(t - 1, start, end));
        Add(buffer, FeatureTemplate.WordPlus1, WordAt(t + 1, start, end));
        Add(buffer, FeatureTemplate.WordPlus2, WordAt(t + 2, start, end));
        Add(buffer, FeatureTemplate.StemMinus1, t - 1 >= start ? _stemKeys[t - 1] : Outside);
        Add(buffer, FeatureTemplate.StemPlus1, t + 1 < end ? _stemKeys[t + 1] : Outside);
        Add(buffer, FeatureTemplate.BigramLeft, FeatureHash.Combine(t - 1 >= start ? _bareKeys[t - 1] : Outside, _bareKeys[t]));
        Add(buffer, FeatureTemplate.BigramRight, FeatureHash.Combine(_bareKeys[t], t + 1 < end ? _wordKeys[t + 1] : Outside));
        Add(buffer, FeatureTemplate.KindMinus1, t - 1 >= start ? (ulong)_document.Tokens[t - 1].Kind : Outside);
        Add(buffer, FeatureTemplate.KindPlus1, t + 1 < end ? (ulong)_document.Tokens[t + 1].Kind : Outside);

        Add(buffer, FeatureTemplate.FineMinus2, ClusterAt(t - 2, start, end, 1));
        Add(buffer, FeatureTemplate.FineMinus1, ClusterAt(t - 1, start, end, 1));
        Add(buffer, FeatureTemplate.FinePlus1, ClusterAt(t + 1, start, end, 1));
        Add(buffer, FeatureTemplate.FinePlus2, ClusterAt(t + 2, start, end, 1));
        Add(buffer, FeatureTemplate.MiddleMinus1, ClusterAt(t - 1, start, end, WordClusters.FineCount / WordClusters.MiddleCount));
        Add(buffer, FeatureTemplate.MiddlePlus1, ClusterAt(t + 1, start, end, WordClusters.FineCount / WordClusters.MiddleCount));

        AddTriggerFeatures(buffer, t, start);

        Add(buffer, FeatureTemplate.Gazetteer, (ulong)_gazetteerTags[t]);
        if (_gazetteerTags[t] != EntityTags.Outside)
            Add(buffer, FeatureTemplate.GazetteerLength, ((uint)_gazetteerTags[t] << 8) | (uint)Math.Min(_gazetteerLengths[t], 5));
        Add(buffer, FeatureTemplate.GazetteerMinus1, t - 1 >= start ? (ulong)_gazetteerTags[t - 1] : Outside);
        Add(buffer, FeatureTemplate.GazetteerPlus1, t + 1 < end ? (ulong)_gazetteerTags[t + 1] : Outside);
    }

    /// <summary>
    /// What the word features of token <paramref name="t"/> depend on, or null when it is a rare word (training only),
    /// whose features differ: equal keys give equal <see cref="AddWordFeatures"/>.
    /// </summary>
    public WordFeatureKey? WordKey(int t)
    {
        if (_rare[t])
            return null;
        var token = _document.Tokens[t];
        return new WordFeatureKey(token.Normalized, token.Stem, token.Kind, _procliticLengths[t], token.Proclitics.Length, token.HasDefiniteArticle, token.Enclitic.Length);
    }

    /// <summary>
    /// Writes the <see cref="EntityFeatures.PreviousTagFeatureCount"/> features of token <paramref name="t"/> that
    /// depend on the previous token's tag (<see cref="EntityTags.Outside"/> at a sentence start).
    /// </summary>
    public void AddPreviousTagFeatures(int t, int previousTag, Span<int> destination) =>
        EntityFeatures.PreviousTagFeatures(previousTag, TransitionClass(t), destination);

    /// <summary>
    /// The token's class for the previous-tag features: its top-level cluster (<see cref="WordClusters.CoarseCount"/>
    /// when it has none) and its frequency band, <c>cluster × FrequencyBands + band</c>. Whether a name goes on into the
    /// next word depends much on how common that word is (سولانا + النجاح).
    /// </summary>
    public int TransitionClass(int t)
    {
        if (_fineClusters[t] == NoCluster)
            return WordClusters.CoarseCount * EntityFeatures.FrequencyBands;
        var band = _frequencies[t] < 6 ? 0 : _frequencies[t] < 10 ? 1 : 2;
        return (_fineClusters[t] / (WordClusters.FineCount / WordClusters.CoarseCount) * EntityFeatures.FrequencyBands) + band;
    }

    /// <summary>The index of the first token of token <paramref name="t"/>'s sentence.</summary>
    public int SentenceStartOf(int t) => _sentenceStarts[t];

    // The word without proclitics, article and enclitic; when fewer proclitics were confirmed than the analyzer found
    // (فلاديمير), its split is not trusted further and the word without the confirmed proclitics stands for its base.
    private static ReadOnlySpan<char> BaseOf(Token token, int proclitics) =>
        proclitics == token.Proclitics.Length ? token.BaseNormalized : token.Normalized.AsSpan(proclitics);

    // How the word's frequency in news compares with that of its other form, with the article ال added or removed:
    // names seldom take the article (بوتين, never البوتين) while common nouns take it often. The difference of the two
    // log2 frequencies, capped at ±4, or whether either form is unknown.
    private static ulong ArticleForm(WordClusters clusters, ReadOnlySpan<char> word, int frequency)
    {
        var hasArticle = word.StartsWith("ال") && word.Length > 3;
        ulong other;
        if (hasArticle)
        {
            other = FeatureHash.Of(word[2..]);
        }
        else
        {
            other = FeatureHash.Append(FeatureHash.Append(FeatureHash.Empty, 'ا'), 'ل');
            foreach (var c in word)
                other = FeatureHash.Append(other, c);
        }

        var article = hasArticle ? 1UL << 8 : 0;
        if (!clusters.TryGet(other, out var otherForm))
            return article | (frequency < 0 ? 20UL : 21UL);
        return frequency < 0 ? article | 22 : article | (uint)(Math.Clamp(otherForm.Frequency - frequency, -4, 4) + 4);
    }

    private static void Add(FeatureBuffer buffer, FeatureTemplate template, ulong value) => buffer.Add(EntityFeatures.Index(template, value));

    private static ulong ClusterValue(int fine, int perCluster) => fine == NoCluster ? Outside : (ulong)(fine / perCluster);

    private ulong WordAt(int t, int start, int end) => t >= start && t < end ? _wordKeys[t] : Outside;

    private ulong ClusterAt(int t, int start, int end, int perCluster) =>
        t >= start && t < end ? ClusterValue(_fineClusters[t], perCluster) : Outside ^ 1;

    // Prefixes of the word's base (the article would make most prefixes ال), suffixes and letter trigrams of the
    // word without proclitics: what a name's shape says when the name itself was never seen.
    private static void AddWordPieces(FeatureBuffer buffer, Token token, int proclitics)
    {
        var stem = BaseOf(token, proclitics);
        var prefix = FeatureHash.Empty;
        for (var i = 0; i < 4 && i < stem.Length; i++)
        {
            prefix = FeatureHash.Append(prefix, stem[i]);
            Add(buffer, i < 3 ? FeatureTemplate.Prefix1 + i : FeatureTemplate.Prefix4, prefix);
        }

        var bare = token.Normalized.AsSpan(proclitics);
        var suffix = FeatureHash.Empty;
        for (var i = 0; i < 4 && i < bare.Length; i++)
        {
            suffix = FeatureHash.Append(suffix, bare[bare.Length - 1 - i]);
            Add(buffer, i < 3 ? FeatureTemplate.Suffix1 + i : FeatureTemplate.Suffix4, suffix);
        }

        // Trigrams of ^bare$, at most MaximumTrigramStarts of them.
        var marked = bare.Length + 2;
        for (var k = 0; k + 3 <= marked && k < MaximumTrigramStarts; k++)
        {
            var hash = FeatureHash.Empty;
            for (var j = k; j < k + 3; j++)
                hash = FeatureHash.Append(hash, j == 0 ? '^' : j == marked - 1 ? '$' : bare[j - 1]);
            Add(buffer, FeatureTemplate.Trigram, hash);
        }
    }

    private void AddTriggerFeatures(FeatureBuffer buffer, int t, int start)
    {
        Add(buffer, FeatureTemplate.TriggerHere, (ulong)_triggers[t]);
        Add(buffer, FeatureTemplate.TriggerMinus1, t - 1 >= start ? (ulong)_triggers[t - 1] : Outside);
        Add(buffer, FeatureTemplate.TriggerMinus2, t - 2 >= start ? (ulong)_triggers[t - 2] : Outside);
        var window = TriggerCategory.None;
        for (var i = Math.Max(start, t - TriggerWindow); i < t; i++)
            window |= _triggers[i];
        for (var bit = 1; bit <= (int)TriggerCategory.PersonFirstName; bit <<= 1)
        {
            if (((int)window & bit) != 0)
                Add(buffer, FeatureTemplate.TriggerWindow, (ulong)bit);
        }
    }
}

/// <summary>
/// What a token's word features depend on: its normalized form, stem and kind, and how it splits into clitics (the
/// confirmed proclitics, the analyzer's proclitics, article and enclitic).
/// </summary>
internal readonly record struct WordFeatureKey(
    string Normalized, string Stem, TokenKind Kind, int ConfirmedProclitics, int Proclitics, bool HasArticle, int EncliticLength);
