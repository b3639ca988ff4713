using ArabicNews.Extraction.Entities;

namespace ArabicNews.Extraction.Quotations;

/// <summary>
/// What the quotation finder knows about each token of one document: its lexicon key and word classes, the speech
/// verb it is, its sentence. Built once per extraction in one pass over the tokens.
/// </summary>
/// <remarks>Per call; not shared between threads.</remarks>
internal sealed class QuoteContext
{
    private readonly QuoteWordClass[] _classes;
    private readonly SpeechVerbForm?[] _verbs;
    private readonly string[] _keys;
    private readonly int[] _sentenceOf;
    private readonly int[] _mentionAt;

    public QuoteContext(Document document, IReadOnlyList<MentionCandidate> mentions, QuotationLexicon lexicon)
    {
        Document = document;
        Mentions = mentions;
        Lexicon = lexicon;
        var tokens = document.Tokens;
        _classes = new QuoteWordClass[tokens.Length];
        _verbs = new SpeechVerbForm?[tokens.Length];
        _keys = new string[tokens.Length];
        _sentenceOf = new int[tokens.Length];
        _mentionAt = new int[tokens.Length];
        Array.Fill(_mentionAt, -1);
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
                _sentenceOf[t] = s;
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var key = token.IsWord || token.Kind == TokenKind.Punctuation ? QuotationLexicon.FoldHamzaSeats(token.Normalized) : token.Normalized;
            _keys[t] = key;
            if (!token.IsWord)
                continue;
            if (lexicon.Verbs.TryGet(key, out var form))
                _verbs[t] = form;
            var view = document.View.Text;
            var spelledWithYa = token.ViewEnd > token.ViewStart && view[token.ViewEnd - 1] == 'ي' && lexicon.IsSpelledWithAlefMaksura(key);
            _classes[t] = spelledWithYa ? lexicon.ClassOfWrittenWithYa(key) : ClassOf(token, key, lexicon);
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            for (var t = mention.FirstToken; t < mention.FirstToken + mention.TokenCount && t < tokens.Length; t++)
                _mentionAt[t] = m;
        }
    }

    public Document Document { get; }

    public IReadOnlyList<MentionCandidate> Mentions { get; }

    public QuotationLexicon Lexicon { get; }

    public Token[] Tokens => Document.Tokens;

    public int Count => Document.Tokens.Length;

    public string KeyOf(int t) => _keys[t];

    public QuoteWordClass ClassOf(int t) => t >= 0 && t < _classes.Length ? _classes[t] : QuoteWordClass.None;

    public bool Is(int t, QuoteWordClass wordClass) => (ClassOf(t) & wordClass) != 0;

    public SpeechVerbForm? VerbAt(int t) => t >= 0 && t < _verbs.Length ? _verbs[t] : null;

    public int SentenceOf(int t) => _sentenceOf[t];

    /// <summary>The mention candidate covering token <paramref name="t"/>, or -1.</summary>
    public int MentionAt(int t) => t >= 0 && t < _mentionAt.Length ? _mentionAt[t] : -1;

    public int SentenceFirst(int t) => Document.Sentences[_sentenceOf[t]].FirstToken;

    public int SentenceLast(int t)
    {
        var sentence = Document.Sentences[_sentenceOf[t]];
        return sentence.FirstToken + sentence.TokenCount - 1;
    }

    public int ParagraphOf(int t) => Document.Sentences[_sentenceOf[t]].Paragraph;

    public int ParagraphFirst(int t)
    {
        var paragraph = Document.Paragraphs[ParagraphOf(t)];
        return Document.Sentences[paragraph.FirstSentence].FirstToken;
    }

    public int ParagraphLast(int t)
    {
        var paragraph = Document.Paragraphs[ParagraphOf(t)];
        var last = Document.Sentences[paragraph.FirstSentence + paragraph.SentenceCount - 1];
        return last.FirstToken + last.TokenCount - 1;
    }

    public bool IsWord(int t) => t >= 0 && t < Count && Tokens[t].IsWord;

    public bool IsPunctuation(int t, char c) => t >= 0 && t < Count && Tokens[t].Kind == TokenKind.Punctuation && _keys[t].Length == 1 && _keys[t][0] == c;

    public bool IsComma(int t) => IsPunctuation(t, ',') || IsPunctuation(t, ';');

    public bool IsColon(int t) => IsPunctuation(t, ':');

    public bool IsTerminator(int t) =>
        t >= 0 && t < Count && Tokens[t].Kind == TokenKind.Punctuation && _keys[t].Length > 0 && _keys[t][0] is '.' or '!' or '?' or '\u2026';

    public bool IsQuoteMark(int t) =>
        t >= 0 && t < Count && Tokens[t].Kind == TokenKind.Punctuation && Tokens[t].ViewEnd - Tokens[t].ViewStart == 1
            && Segmentation.CharClass.IsQuoteMark(Document.View.Text[Tokens[t].ViewStart]);

    public bool IsOpeningBracket(int t) => IsPunctuation(t, '(') || IsPunctuation(t, '[');

    public bool IsClosingBracket(int t) => IsPunctuation(t, ')') || IsPunctuation(t, ']');

    public bool IsDefinite(int t) => IsWord(t) && Tokens[t].HasDefiniteArticle;

    /// <summary>
    /// True when the word carries a conjunction or preposition (و ف ب ل ك) before it. Not the future marker س, which
    /// the clitic analyzer also finds at the start of names (سناء), and not و or ف before a base of three letters or
    /// fewer (وليد، فارس، فريد), which is far more often a name's own letter than a conjunction.
    /// </summary>
    public bool HasProclitic(int t)
    {
        if (!IsWord(t))
            return false;
        var proclitics = Tokens[t].Proclitics;
        if (proclitics.Length == 0 || proclitics == "س" || Lexicon.ClassOf(_keys[t]) != QuoteWordClass.None)
            return false;
        var shortBase = _keys[t].Length - proclitics.Length <= 3 && !Tokens[t].HasDefiniteArticle && ClassOf(t) == QuoteWordClass.None;
        return !(proclitics.Length == 1 && proclitics[0] is 'و' or 'ف' && shortBase);
    }

    /// <summary>True when the word begins with the conjunction و or ف (see <see cref="HasProclitic"/> for what is not one).</summary>
    public bool HasConjunction(int t) => HasProclitic(t) && Tokens[t].Proclitics[0] is 'و' or 'ف';

    /// <summary>أن/إن (with or without a pronoun, بأن), also after و/ف.</summary>
    public bool IsComplementizer(int t)
    {
        if (!IsWord(t))
            return false;
        if (Is(t, QuoteWordClass.Complementizer))
            return true;
        var key = _keys[t];
        return key.Length > 2 && key[0] is 'و' or 'ف' && Lexicon.ClassOf(key.AsSpan(1)).HasFlag(QuoteWordClass.Complementizer);
    }

    /// <summary>A speech verb that can head a clause (not one with an object pronoun, which reads as a source: وفق ما أكده).</summary>
    public bool IsCue(int t) => VerbAt(t) is { HasObjectPronoun: false };

    public bool IsParticiple(int t) => VerbAt(t) is { Aspect: VerbAspect.Participle, HasObjectPronoun: false };

    /// <summary>A word that can be part of a name: a word in no lexicon class but a connector, and not a speech verb.</summary>
    public bool IsNameLike(int t) =>
        IsWord(t) && VerbAt(t) is null
            && (ClassOf(t) & ~(QuoteWordClass.Connector | QuoteWordClass.HeadlineLabel | QuoteWordClass.Place | QuoteWordClass.CompoundNameEnd)) == QuoteWordClass.None
            && !IsComplementizer(t);

    /// <summary>
    /// A word that can end a name as its family name after a given name: any word a name can hold, and a noun of the
    /// lexicons that is also a family name (يوسف الشاهد، وليد الوزير), but no function word.
    /// </summary>
    public bool IsFamilyNameLike(int t) =>
        IsNameLike(t) || (IsWord(t) && VerbAt(t) is null && !IsComplementizer(t)
            && (ClassOf(t) & (QuoteWordClass.Boundary | QuoteWordClass.Source | QuoteWordClass.SourcePronoun | QuoteWordClass.Relative
                | QuoteWordClass.Subjunctive | QuoteWordClass.GovernedPreposition | QuoteWordClass.Document | QuoteWordClass.Modifier)) == QuoteWordClass.None);

    /// <summary>An adjective after a name or a title: a nationality (المصرية، الإسبانية) or a listed modifier (السابق).</summary>
    public bool IsAdjective(int t) =>
        IsWord(t) && !HasProclitic(t) && (Lexicon.Titles.IsModifier(Tokens[t]) || (IsDefinite(t) && Is(t, QuoteWordClass.Modifier)));

    /// <summary>The key of a role or organization head for comparing it with another: its base without a feminine ة.</summary>
    public string HeadOf(int t)
    {
        var key = IsWord(t) ? QuotationLexicon.FoldHamzaSeats(Tokens[t].BaseNormalized) : _keys[t];
        return key.Length > 2 && key[^1] == 'ه' ? key[..^1] : key;
    }

    /// <summary>
    /// The original span of tokens <c>[first, last]</c> without the first token's conjunction (و ف) or its preposition
    /// before the article (بالـ، للـ); a lexicon word (وزيرة is not و + زيرة) and a letter ب ل ك before a name without the
    /// article (ليلى، لوتنيك) stay whole.
    /// </summary>
    public TextSpan SpanOf(int first, int last)
    {
        var token = Tokens[first];
        var strip = HasProclitic(first) && Lexicon.ClassOf(_keys[first]) == QuoteWordClass.None
            && (token.Proclitics[0] is 'و' or 'ف' || token.HasDefiniteArticle);
        return new TextSpan(strip ? token.Proclitic.End : token.Span.Start, Tokens[last].Span.End);
    }

    /// <summary>The consonant skeleton of a word's base, for comparing role adjectives across spellings (أمريكي، أميركية).</summary>
    public string SkeletonOf(int t)
    {
        var token = Tokens[t];
        var key = token.IsWord ? QuotationLexicon.FoldHamzaSeats(token.BaseNormalized) : _keys[t];
        return Skeleton(key);
    }

    public static string Skeleton(string key)
    {
        Span<char> buffer = stackalloc char[Math.Min(key.Length, 64)];
        var n = 0;
        for (var i = 0; i < key.Length && n < buffer.Length; i++)
        {
            var c = key[i];
            if (c is 'ا' or 'و' or 'ي' || (c == 'ه' && i == key.Length - 1))
                continue;
            buffer[n++] = c;
        }

        return new string(buffer[..n]);
    }

    private static QuoteWordClass ClassOf(Token token, string key, QuotationLexicon lexicon)
    {
        var classes = lexicon.ClassOf(key);
        var bare = key.Length > token.Proclitics.Length ? key.AsSpan(token.Proclitics.Length) : key.AsSpan();
        if (token.Proclitics.Length > 0)
            classes |= lexicon.ClassOf(bare) & ~QuoteWordClass.Complementizer;
        if (token.HasDefiniteArticle)
        {
            var article = bare.StartsWith("ال") ? 2 : bare.StartsWith("ل") ? 1 : 0;
            if (article > 0 && bare.Length > article)
                classes |= lexicon.ClassOf(bare[article..]) & ~QuoteWordClass.Complementizer;
        }

        return classes;
    }
}
