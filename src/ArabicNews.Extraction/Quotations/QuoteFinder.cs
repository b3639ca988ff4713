using ArabicNews.Extraction.Entities;

namespace ArabicNews.Extraction.Quotations;

/// <summary>
/// Finds direct quotations (between marks of any style, after a colon, in a headline «X: ...») and reported speech (a
/// speech verb, a complementizer and the reported clause), tells quotations from scare quotes and titles, nests quotes
/// within quotes, and resolves every speaker through <see cref="SpeakerResolver"/>.
/// </summary>
/// <remarks>Immutable and thread-safe: every call keeps its state in locals. Linear in the number of tokens.</remarks>
internal sealed class QuoteFinder
{
    private const int MaxCueDistance = 45;
    private const int LongQuoteWords = 8;
    private const int QuoteWordsWithFarCue = 4;
    private const int MaxHeadlineSpeakerWords = 8;

    private readonly QuotationLexicon _lexicon;

    public QuoteFinder(QuotationLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The top-level quotations in text order; quotations inside them are under <see cref="QuoteCandidate.Nested"/>.</summary>
    public IReadOnlyList<QuoteCandidate> Find(Document document, IReadOnlyList<MentionCandidate> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        cancellationToken.ThrowIfCancellationRequested();
        if (document.Tokens.Length == 0)
            return [];
        var run = new Run(document, new QuoteContext(document, mentions, _lexicon));
        return run.Find(cancellationToken);
    }

    /// <summary>One extraction's working state.</summary>
    private sealed class Run
    {
        private readonly Document _document;
        private readonly QuoteContext _c;
        private readonly List<MarkPair> _pairs;
        private readonly int[] _pairOpenedAt;
        private readonly int[] _directOwner;
        private readonly Item?[] _pairItems;
        private readonly List<Item> _items = [];

        public Run(Document document, QuoteContext context)
        {
            _document = document;
            _c = context;
            _pairs = QuoteMarkPairer.Pair(document);
            _pairOpenedAt = new int[context.Count];
            Array.Fill(_pairOpenedAt, -1);
            for (var i = 0; i < _pairs.Count; i++)
                _pairOpenedAt[_pairs[i].OpenToken] = i;
            _directOwner = new int[context.Count];
            Array.Fill(_directOwner, -1);
            _pairItems = new Item?[_pairs.Count];
        }

        public List<QuoteCandidate> Find(CancellationToken cancellationToken)
        {
            AcceptMarkedQuotes();
            RecoverUnclosed();
            MarkDirectQuotes();
            cancellationToken.ThrowIfCancellationRequested();
            FindHeadlines();
            FindReportedSpeech();
            cancellationToken.ThrowIfCancellationRequested();
            _items.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
            var resolver = new SpeakerResolver(_c);
            var result = new List<QuoteCandidate>(_items.Count);

            // Speech verbs outside every quotation and introducing none are observed for the speakers they name.
            var observable = new bool[_c.Count];
            for (var t = 0; t < observable.Length; t++)
                observable[t] = _c.VerbAt(t) is not null && _directOwner[t] < 0;
            foreach (var item in _items)
            {
                for (var t = item.FirstToken; t <= item.LastToken; t++)
                    observable[t] = false;
                if (item.Cue >= 0)
                    observable[item.Cue] = false;
                if (item.AfterCue >= 0)
                    observable[item.AfterCue] = false;
            }

            var observed = 0;
            foreach (var item in _items)
            {
                if (item.Parent is not null)
                    continue;
                var anchor = item.Cue >= 0 ? Math.Min(item.Cue, item.FirstToken) : item.FirstToken;
                for (; observed < anchor; observed++)
                {
                    if (observable[observed])
                        resolver.Observe(observed);
                }

                result.Add(Build(item, Resolve(item, resolver)));
            }

            return result;
        }

        // ---- direct quotations between marks

        private void AcceptMarkedQuotes()
        {
            for (var i = 0; i < _pairs.Count; i++)
            {
                var pair = _pairs[i];
                var parent = pair.Parent >= 0 ? _pairItems[pair.Parent] : null;

                // Inside a quotation that never closed, a quotation may well be a new one: judge it as top-level.
                var item = Evaluate(pair, nested: parent is { CloseToken: >= 0 });
                if (item is null)
                    continue;
                _pairItems[i] = item;
                if (parent is not null)
                {
                    item.Parent = parent;
                    parent.Nested.Add(item);
                }

                _items.Add(item);
            }
        }

        private Item? Evaluate(MarkPair pair, bool nested)
        {
            var first = pair.OpenToken + 1;
            var last = pair.LastContentToken;
            if (pair.IsClosed)
                last = pair.CloseToken - 1;
            var words = 0;
            var terminators = 0;
            for (var t = first; t <= last; t++)
            {
                if (_c.IsWord(t))
                    words++;
                else if (_c.IsTerminator(t))
                    terminators++;
            }

            if (words == 0)
                return null;

            var open = pair.OpenToken;
            var prev = open - 1 >= _c.ParagraphFirst(open) ? open - 1 : -1;
            var strong = prev >= 0 && (_c.IsColon(prev) || _c.IsComplementizer(prev) || GovernedByCue(prev) || (_c.IsCue(prev) && words >= 3));

            // فيلم "..."، صحيفة "..."، في تصريح لـ"...": a title or the name of an outlet.
            var title = !strong && prev >= 0
                && (_c.Is(prev, QuoteWordClass.TitleNoun) || _c.KeyOf(prev) == "ل" || (words <= 3 && _c.Is(prev, QuoteWordClass.Organization)));

            // A quoted name is no quotation: «"جبهة البوليساريو" تدعو»، «استنفدت "خارطة الطريق"».
            if (!strong && words <= 3 && _c.Is(first, QuoteWordClass.TitleNoun | QuoteWordClass.Organization))
                return null;
            var after = pair.IsClosed ? AfterQuote(pair.CloseToken) : AfterQuoteCue.None;
            double confidence;
            if (strong)
                confidence = 0.9;
            else if (title || nested)
                return null;
            else if (after.Near && (words >= 3 || (words == 2 && after.Cue >= 0)))
                confidence = 0.85;
            else if (after.Far && words >= 2)
                confidence = 0.7;
            else if (words >= QuoteWordsWithFarCue && CueBefore(open, MaxCueDistance) >= 0)
                confidence = 0.75;
            else if (words >= LongQuoteWords || (terminators > 0 && words >= QuoteWordsWithFarCue + 1))
                confidence = 0.5;
            else
                return null;

            if (!pair.IsClosed)
                confidence = Math.Min(confidence, 0.4);
            return new Item
            {
                Kind = QuoteKind.Direct,
                OpenToken = open,
                CloseToken = pair.CloseToken,
                FirstToken = first,
                LastToken = last,
                Confidence = confidence,
                Strong = strong,
                AfterCue = after.Cue,
                Source = after.Source,
                AfterPronoun = after.Pronoun,
            };
        }

        // أعرب عن "..."، أشار إلى "..."، وصف الوزير القرار بـ "...": a preposition a speech verb governs, however far its
        // subject and object put it from the verb.
        private bool GovernedByCue(int preposition)
        {
            if (!_c.Is(preposition, QuoteWordClass.GovernedPreposition) || _c.Is(preposition, QuoteWordClass.Source))
                return false;
            var key = _c.KeyOf(preposition);
            var floor = Math.Max(_c.SentenceFirst(preposition), preposition - 14);
            for (var t = preposition - 1; t >= floor; t--)
            {
                if (_directOwner[t] >= 0)
                    return false;
                if (_c.VerbAt(t) is { } form && _c.Lexicon.Verbs.Governs(form.Lemma, key))
                    return true;
            }

            return false;
        }

        // A speech verb at most `distance` tokens before token `at` in its sentence, not inside another quotation.
        private int CueBefore(int at, int distance)
        {
            var floor = Math.Max(_c.SentenceFirst(at), at - distance);
            for (var t = at - 1; t >= floor; t--)
            {
                if (_directOwner[t] >= 0)
                    return -1;
                if (_pairOpenedAt[t] >= 0 && _pairItems[_pairOpenedAt[t]] is not null)
                    return -1;
                if (_c.IsCue(t))
                    return t;
            }

            return -1;
        }

        // What follows a closing mark: «...»، قال X / "..." بحسب ما قال X / «...»، على حد تعبيره.
        private AfterQuoteCue AfterQuote(int close)
        {
            var last = _c.SentenceLast(close);
            var t = close + 1;
            if (t > last && t < _c.Count && _c.ParagraphOf(t) == _c.ParagraphOf(close))
                last = _c.SentenceLast(t);
            if (t <= last && (_c.IsComma(t) || _c.IsPunctuation(t, '-')))
                t++;
            if (t > last)
                return AfterQuoteCue.None;
            // «...»، قال X: a perfect after the quotation; an imperfect there has the quoted words as its subject («"أوبك+" تمدد»).
            if (_c.IsCue(t) && _c.VerbAt(t)!.Value is { ProcliticLength: 0, Aspect: not VerbAspect.Imperfect } && !_c.Is(t, QuoteWordClass.Boundary))
                return new AfterQuoteCue(true, false, t, -1, false);
            if (_c.Is(t, QuoteWordClass.Source))
                return new AfterQuoteCue(true, false, -1, t, false);
            for (var k = t; k <= last && k <= t + 2; k++)
            {
                if (_c.Is(k, QuoteWordClass.SourcePronoun))
                    return new AfterQuoteCue(true, false, -1, -1, true);
            }

            for (var k = t; k < last; k++)
            {
                if (_c.IsQuoteMark(k))
                    break;
                if (_c.Is(k, QuoteWordClass.Source) && _c.KeyOf(k + 1) == "ما" && k + 2 <= last && _c.VerbAt(k + 2) is not null)
                    return new AfterQuoteCue(false, true, -1, k, false);
            }

            return AfterQuoteCue.None;
        }

        // A quotation left open at a paragraph's end that holds a later quotation introduced by its own speech verb
        // («... "جحا" ...، موضحا أن "...") really ended before that verb: cut it there and lift what follows to the top.
        private void RecoverUnclosed()
        {
            foreach (var item in _items)
            {
                if (item.Parent is not null || item.CloseToken >= 0 || item.Nested.Count == 0)
                    continue;
                for (var n = 0; n < item.Nested.Count; n++)
                {
                    var child = item.Nested[n];
                    var cue = CueBeforeInside(child.OpenToken, item.FirstToken);
                    if (cue < 0)
                        continue;
                    var end = cue - 1;
                    while (end > item.FirstToken && (_c.IsComma(end) || _c.KeyOf(end) == "و" || _c.Is(end, QuoteWordClass.Subjunctive)))
                        end--;
                    if (end < item.FirstToken)
                        break;
                    item.LastToken = end;

                    // An earlier quotation that runs past the cut (marks garbled beyond pairing) is lifted with the rest.
                    var lifted = n;
                    while (lifted > 0 && EndOf(item.Nested[lifted - 1]) > end)
                        lifted--;
                    for (var k = lifted; k < item.Nested.Count; k++)
                        item.Nested[k].Parent = null;
                    item.Nested.RemoveRange(lifted, item.Nested.Count - lifted);
                    break;
                }
            }
        }

        private static int EndOf(Item item) => item.CloseToken >= 0 ? item.CloseToken : item.LastToken;

        private int CueBeforeInside(int at, int floor)
        {
            for (var t = at - 1; t >= floor && t >= at - 6; t--)
            {
                if (_c.IsCue(t))
                    return t;
            }

            return -1;
        }

        private void MarkDirectQuotes()
        {
            foreach (var item in _items)
            {
                if (item.Parent is not null)
                    continue;
                var from = item.OpenToken >= 0 ? item.OpenToken : item.FirstToken;
                var to = item.CloseToken >= 0 ? item.CloseToken : item.LastToken;
                for (var t = from; t <= to; t++)
                    _directOwner[t] = from;
            }
        }

        // ---- headlines «X: content»

        private void FindHeadlines()
        {
            HashSet<string>? speakerWords = null;
            for (var p = 0; p < _document.Paragraphs.Length; p++)
            {
                var paragraph = _document.Paragraphs[p];
                if (paragraph.Kind == ParagraphKind.Body || paragraph.SentenceCount == 0)
                    continue;
                var first = _document.Sentences[paragraph.FirstSentence].FirstToken;
                var lastSentence = _document.Sentences[paragraph.FirstSentence + paragraph.SentenceCount - 1];
                var last = lastSentence.FirstToken + lastSentence.TokenCount - 1;
                var colon = -1;
                var words = 0;
                for (var t = first; t <= last && words <= MaxHeadlineSpeakerWords; t++)
                {
                    if (_c.IsColon(t))
                    {
                        colon = t;
                        break;
                    }

                    if (_c.IsWord(t))
                        words++;
                }

                if (colon < 0 || words == 0 || words > MaxHeadlineSpeakerWords)
                    continue;
                var speakerFirst = first;
                while (speakerFirst < colon && (!_c.IsWord(speakerFirst) || (_c.Is(speakerFirst, QuoteWordClass.Honorific) && _c.IsNameLike(speakerFirst + 1))))
                    speakerFirst++;
                var speakerLast = HeadlineSpeakerEnd(speakerFirst, colon);
                if (speakerLast < speakerFirst || IsLabel(speakerFirst, speakerLast))
                    continue;
                speakerWords ??= SpeakerWords();
                if (!IsHeadlineSpeaker(speakerFirst, speakerLast, speakerWords))
                    continue;

                var quoted = colon + 1 <= last && _pairOpenedAt[colon + 1] >= 0 ? _pairItems[_pairOpenedAt[colon + 1]] : null;
                if (quoted is not null)
                {
                    quoted.HeadlineFirst = speakerFirst;
                    quoted.HeadlineLast = speakerLast;
                    continue;
                }

                var contentLast = Trim(colon + 1, last);
                var contentWords = 0;
                for (var t = colon + 1; t <= contentLast; t++)
                {
                    if (_c.IsWord(t))
                        contentWords++;
                }

                if (contentWords < 2 || _directOwner[colon + 1] >= 0)
                    continue;
                var contentFirst = colon + 1;
                while (contentFirst < contentLast && _c.IsQuoteMark(contentFirst))
                    contentFirst++;
                _items.Add(new Item
                {
                    Kind = QuoteKind.Direct,
                    FirstToken = contentFirst,
                    LastToken = contentLast,
                    Confidence = 0.75,
                    HeadlineFirst = speakerFirst,
                    HeadlineLast = speakerLast,
                });
            }
        }

        // The speaker words of a headline: from the first word to a preposition or the colon (الوزير بعد اللقاء: ...).
        private int HeadlineSpeakerEnd(int first, int colon)
        {
            var end = first - 1;
            for (var t = first; t < colon && t - first < 5; t++)
            {
                if (_c.IsQuoteMark(t))
                    continue;
                if (!_c.IsWord(t) || _c.IsCue(t) || (_c.Is(t, QuoteWordClass.Boundary) && !_c.Is(t, QuoteWordClass.Role | QuoteWordClass.Organization))
                    || (t > first && _c.HasProclitic(t) && !IsDefiniteComplement(t)))
                    break;
                end = t;
            }

            for (var t = first; t < colon; t++)
            {
                if (_c.IsCue(t))
                    return -1;
            }

            return end;
        }

        // A headline «X: ...» quotes X when X is a person or organization: a mention the recognizer tags so, or a name,
        // role or organization the article's body gives a speech verb to («وزير التجارة: ...» and «قال وزير التجارة»).
        // A place, a topic, a title or two things joined by و before the colon («طبرقة : ...»، «المرأة والسرطان: ...»)
        // is none of these.
        private bool IsHeadlineSpeaker(int first, int last, HashSet<string> speakerWords)
        {
            for (var t = first; t <= last; t++)
            {
                var m = _c.MentionAt(t);
                if (m >= 0 && _c.Mentions[m].Type is EntityType.Person or EntityType.Organization)
                    return true;
                if (t > first && _c.HasConjunction(t))
                    return false;
            }

            if (_c.Is(first, QuoteWordClass.TitleNoun) && !_c.Is(first, QuoteWordClass.Role | QuoteWordClass.Organization))
                return false;
            // Every word of a one- or two-word speaker, two words of a longer one, must stand where the body names a
            // speaker; a complement with its preposition (بالبرلمان) is not counted, as the body's words are taken without.
            var words = 0;
            var found = 0;
            for (var t = first; t <= last; t++)
            {
                if (!_c.IsWord(t) || _c.Is(t, QuoteWordClass.Modifier | QuoteWordClass.Connector | QuoteWordClass.Honorific) || _c.HasProclitic(t))
                    continue;
                words++;
                if (speakerWords.Contains(_c.SkeletonOf(t)))
                    found++;
            }

            return words > 0 && found >= Math.Min(words, 2);
        }

        // The words where the body names a speaker: the subject after a speech verb, up to its first preposition,
        // complementizer or colon, and a word or two right before the verb; skeletons of words without a preposition.
        private HashSet<string> SpeakerWords()
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            for (var cue = 0; cue < _c.Count; cue++)
            {
                if (!_c.IsCue(cue) || _document.Paragraphs[_c.ParagraphOf(cue)].Kind != ParagraphKind.Body)
                    continue;
                var first = Math.Max(_c.SentenceFirst(cue), cue - 2);
                var last = Math.Min(_c.SentenceLast(cue), cue + 12);
                for (var t = first; t <= last; t++)
                {
                    if (t == cue || _c.IsComma(t) || _c.IsOpeningBracket(t) || _c.IsClosingBracket(t))
                        continue;
                    if (!_c.IsWord(t) || _c.IsComplementizer(t) || _c.IsCue(t)
                        || (_c.Is(t, QuoteWordClass.Boundary) && !_c.Is(t, QuoteWordClass.Role | QuoteWordClass.Organization | QuoteWordClass.Honorific)))
                    {
                        if (t > cue)
                            break;
                        continue;
                    }

                    if (!_c.HasProclitic(t))
                        words.Add(_c.SkeletonOf(t));
                }
            }

            return words;
        }

        // للتجارة in «كاتب الدولة للتجارة: ...»: a preposition and the article continue a title's complement; a name after
        // the preposition (لـ"الجوهرة أف أم") is more often the outlet the speaker spoke to.
        private bool IsDefiniteComplement(int t) =>
            _c.IsDefinite(t) && _c.Tokens[t].Proclitics is "ل" or "ب" && _c.MentionAt(t) < 0;

        // Section labels (عاجل: ...، كرة اليد: ...) and places (سوسة : ...، ولاية نابل: ...) before a colon are not speakers.
        private bool IsLabel(int first, int last)
        {
            if (_c.Is(first, QuoteWordClass.Place) || (first == last && _c.Is(first, QuoteWordClass.HeadlineLabel)))
                return true;
            var pair = last > first ? _c.Lexicon.ClassOf(_c.KeyOf(first) + " " + _c.KeyOf(first + 1)) : QuoteWordClass.None;
            if ((pair & QuoteWordClass.Place) != 0 || (last == first + 1 && (pair & QuoteWordClass.HeadlineLabel) != 0))
                return true;
            var m = _c.MentionAt(first);
            return m >= 0 && _c.Mentions[m].Type == EntityType.Location;
        }

        // ---- reported speech

        private void FindReportedSpeech()
        {
            var coveredUpTo = -1;
            for (var t = 0; t < _c.Count; t++)
            {
                if (_directOwner[t] >= 0 || t <= coveredUpTo)
                    continue;
                if (_c.Is(t, QuoteWordClass.Source) && SourceClause(t) is var sourced and >= 0)
                {
                    coveredUpTo = sourced;
                    continue;
                }

                if (!_c.IsCue(t))
                    continue;
                var form = _c.VerbAt(t)!.Value;
                if (form.Aspect == VerbAspect.Imperfect && IsImpersonal(t))
                    continue;

                var sentenceLast = _c.SentenceLast(t);
                var limit = Math.Min(sentenceLast, t + MaxCueDistance);
                for (var j = t + 1; j <= limit; j++)
                {
                    if (_c.IsColon(j))
                    {
                        LinkOrColonQuote(t, j, sentenceLast);
                        break;
                    }

                    if (_directOwner[j] >= 0)
                    {
                        if (_pairOpenedAt[j] >= 0 && _pairItems[_pairOpenedAt[j]] is { } direct && direct.Cue < 0)
                            direct.Cue = t;
                        break;
                    }

                    if (j > t + 1 && (_c.IsParticiple(j) || (_c.IsCue(j) && (_c.HasProclitic(j) || _c.IsComma(j - 1)))))
                        break;
                    if (_c.IsTerminator(j))
                        break;
                    if (!_c.IsComplementizer(j) || _c.Is(j - 1, QuoteWordClass.Subjunctive))
                        continue;

                    var start = j + 1;
                    if (start > sentenceLast)
                        break;
                    if (_directOwner[start] >= 0)
                    {
                        if (_pairOpenedAt[start] >= 0 && _pairItems[_pairOpenedAt[start]] is { } whole && whole.Cue < 0)
                            whole.Cue = t;
                        break;
                    }

                    var end = ClauseEnd(start, sentenceLast);
                    if (end >= start)
                    {
                        _ = AddIndirect(t, start, end);
                        coveredUpTo = end;
                    }

                    break;
                }
            }
        }

        // «وبحسب الوزير، فإن ...»: a source construction, a comma and فإن report the clause that follows as the source's.
        private int SourceClause(int source)
        {
            var sentenceLast = _c.SentenceLast(source);
            var limit = Math.Min(sentenceLast, source + 16);
            for (var j = source + 1; j <= limit; j++)
            {
                if (_directOwner[j] >= 0 || _c.IsCue(j) || _c.IsTerminator(j))
                    return -1;
                if (!_c.IsComplementizer(j) || !(_c.KeyOf(j)[0] == 'ف' || _c.IsComma(j - 1)))
                    continue;
                var start = j + 1;
                if (start > sentenceLast || _directOwner[start] >= 0)
                    return -1;
                var end = ClauseEnd(start, sentenceLast);
                if (end < start)
                    return -1;
                var item = AddIndirect(-1, start, end);
                if (item is null)
                    return -1;
                item.Source = source;
                return end;
            }

            return -1;
        }

        // يذكر أن، يشار إلى أن: an imperfect with no subject before its complementizer reports no one.
        private bool IsImpersonal(int cue)
        {
            var next = cue + 1;
            if (_c.Is(next, QuoteWordClass.GovernedPreposition))
                next++;
            return _c.IsComplementizer(next);
        }

        private void LinkOrColonQuote(int cue, int colon, int sentenceLast)
        {
            var next = colon + 1;
            if (next >= _c.Count)
                return;
            if (_directOwner[next] >= 0)
            {
                if (_pairOpenedAt[next] >= 0 && _pairItems[_pairOpenedAt[next]] is { } direct && direct.Cue < 0)
                    direct.Cue = cue;
                return;
            }

            if (_c.ParagraphOf(next) != _c.ParagraphOf(colon) || !_c.IsWord(next) || _document.Paragraphs[_c.ParagraphOf(colon)].Kind != ParagraphKind.Body
                || _c.VerbAt(cue)!.Value.Aspect == VerbAspect.Imperfect || colon - cue > 12)
                return;
            var last = next <= sentenceLast ? sentenceLast : _c.SentenceLast(next);
            var end = Trim(next, last);
            if (end < next)
                return;
            _items.Add(new Item { Kind = QuoteKind.Direct, FirstToken = next, LastToken = end, Cue = cue, Confidence = 0.55 });
        }

        // The reported clause ends at its sentence's end, or before the next cue: a participle (مضيفا أن، داعية)، a new
        // speech verb with و after a comma (، ولفت إلى أن), or an attribution (، وفق تأكيده، بحسب ...).
        private int ClauseEnd(int start, int sentenceLast)
        {
            for (var k = start + 1; k <= sentenceLast; k++)
            {
                if (_c.IsParticiple(k) && (_c.IsComma(k - 1) || _c.KeyOf(k)[^1] == 'ا'))
                    return Trim(start, k - 1);
                if (_c.IsCue(k) && _c.VerbAt(k)!.Value.ProcliticLength > 0 && _c.VerbAt(k)!.Value.Aspect == VerbAspect.Perfect
                    && (_c.IsComma(k - 1) || ComplementizerSoon(k)))
                    return Trim(start, k - 1);
                if (_c.IsComma(k) && (_c.Is(k + 1, QuoteWordClass.Source | QuoteWordClass.SourcePronoun)
                    || _c.Is(k + 2, QuoteWordClass.SourcePronoun) || _c.Is(k + 3, QuoteWordClass.SourcePronoun)))
                    return Trim(start, k - 1);
                if (_pairOpenedAt[k] >= 0 && _pairItems[_pairOpenedAt[k]] is { Strong: true } && _c.IsColon(k - 1))
                    return Trim(start, k - 2);
            }

            return Trim(start, sentenceLast);
        }

        private bool ComplementizerSoon(int cue)
        {
            for (var k = cue + 1; k <= cue + 3 && k < _c.Count; k++)
            {
                if (_c.IsComplementizer(k))
                    return true;
            }

            return false;
        }

        // Drops trailing punctuation, and a quotation mark that closes nothing inside the range.
        private int Trim(int start, int end)
        {
            while (end >= start)
            {
                if (_c.IsTerminator(end) || _c.IsComma(end) || _c.IsColon(end) || _c.IsPunctuation(end, '-'))
                {
                    end--;
                    continue;
                }

                if (_c.IsQuoteMark(end) && !ClosesInside(end, start))
                {
                    end--;
                    continue;
                }

                break;
            }

            return end;
        }

        private bool ClosesInside(int mark, int start)
        {
            var owner = _directOwner[mark];
            return owner >= start;
        }

        private Item? AddIndirect(int cue, int start, int end)
        {
            var item = new Item { Kind = QuoteKind.Indirect, FirstToken = start, LastToken = end, Cue = cue, Confidence = 0.8 };
            for (var t = start; t <= end; t++)
            {
                if (_pairOpenedAt[t] < 0 || _pairItems[_pairOpenedAt[t]] is not { Parent: null } direct || direct.HeadlineFirst >= 0)
                    continue;
                var directEnd = direct.CloseToken >= 0 ? direct.CloseToken : direct.LastToken;
                if (directEnd > end)
                {
                    item.LastToken = Trim(start, t - 1);
                    break;
                }

                direct.Parent = item;
                item.Nested.Add(direct);
                t = directEnd;
            }

            if (item.LastToken < item.FirstToken)
                return null;
            _items.Add(item);
            return item;
        }

        // ---- speakers and output

        private SpeakerCandidate? Resolve(Item item, SpeakerResolver resolver)
        {
            if (item.HeadlineFirst >= 0)
                return resolver.AtHeadline(item.HeadlineFirst, item.HeadlineLast);
            if (item.Cue < 0 && !item.Strong && item.AfterCue >= 0)
            {
                item.Cue = item.AfterCue;
                return resolver.AtCue(item.AfterCue);
            }

            if (item.Cue < 0 && !item.Strong && item.Source >= 0)
                return resolver.AtSource(item.Source);
            if (item.Cue < 0 && item.Kind == QuoteKind.Direct && CueBefore(item.OpenToken >= 0 ? item.OpenToken : item.FirstToken, MaxCueDistance) is var before and >= 0)
                item.Cue = before;
            if (item.Cue >= 0)
                return resolver.AtCue(item.Cue);
            if (item.AfterPronoun)
                return resolver.Carried(item.FirstToken, SpeakerGender.Unknown);
            if (resolver.SentenceSource(item.FirstToken) is var source and >= 0)
                return resolver.AtSource(source);
            return resolver.Carried(item.FirstToken, SpeakerGender.Unknown);
        }

        // The speech verb without its و/ف, as the lexicon read it (the clitic analyzer may read more: ووصفت).
        private TextSpan CueSpan(int cue)
        {
            var token = _c.Tokens[cue];
            var proclitic = _c.VerbAt(cue)!.Value.ProcliticLength;
            return _document.View.ToOriginal(token.ViewStart + proclitic, token.ViewEnd);
        }

        private QuoteCandidate Build(Item item, SpeakerCandidate? speaker)
        {
            var tokens = _c.Tokens;
            var view = _document.View;
            int viewStart, viewEnd;
            if (item.OpenToken >= 0)
            {
                viewStart = tokens[item.OpenToken].ViewEnd;
                viewEnd = item.CloseToken >= 0 ? tokens[item.CloseToken].ViewStart : tokens[item.LastToken].ViewEnd;
            }
            else
            {
                viewStart = tokens[item.FirstToken].ViewStart;
                viewEnd = tokens[item.LastToken].ViewEnd;
            }

            var text = view.Text;
            while (viewStart < viewEnd && char.IsWhiteSpace(text[viewStart]))
                viewStart++;
            while (viewEnd > viewStart && char.IsWhiteSpace(text[viewEnd - 1]))
                viewEnd--;

            var nested = new QuoteCandidate[item.Nested.Count];
            for (var i = 0; i < nested.Length; i++)
            {
                var inner = item.Nested[i];
                var innerSpeaker = item.Kind == QuoteKind.Indirect && inner.Kind == QuoteKind.Direct ? speaker : null;
                nested[i] = Build(inner, innerSpeaker);
            }

            TextSpan? cue = item.Cue >= 0 ? CueSpan(item.Cue) : null;
            TextSpan? opening = item.OpenToken >= 0 ? tokens[item.OpenToken].Span : null;
            TextSpan? closing = item.CloseToken >= 0 ? tokens[item.CloseToken].Span : null;
            return new QuoteCandidate(item.Kind, view.ToOriginal(viewStart, viewEnd), opening, closing, cue, speaker, item.Confidence, nested);
        }
    }

    /// <summary>A quotation being assembled.</summary>
    private sealed class Item
    {
        public QuoteKind Kind { get; init; }

        public int FirstToken { get; init; }

        public int LastToken { get; set; }

        public int OpenToken { get; init; } = -1;

        public int CloseToken { get; init; } = -1;

        public int Cue { get; set; } = -1;

        public bool Strong { get; init; }

        public int AfterCue { get; init; } = -1;

        /// <summary>The source construction that attributes the quotation (بحسب X), when no speech verb does.</summary>
        public int Source { get; set; } = -1;

        public bool AfterPronoun { get; init; }

        public int HeadlineFirst { get; set; } = -1;

        public int HeadlineLast { get; set; } = -1;

        public double Confidence { get; init; }

        public Item? Parent { get; set; }

        public List<Item> Nested { get; } = [];
    }

    /// <summary>What follows a quotation's closing mark: an attribution near it or later in its sentence.</summary>
    private readonly record struct AfterQuoteCue(bool Near, bool Far, int Cue, int Source, bool Pronoun)
    {
        public static readonly AfterQuoteCue None = new(false, false, -1, -1, false);
    }
}
