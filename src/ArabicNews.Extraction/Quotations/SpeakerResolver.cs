using ArabicNews.Extraction.Entities;

namespace ArabicNews.Extraction.Quotations;

/// <summary>
/// Resolves who said a quotation, in order of reliability: explicit (the name next to the cue: after it with titles and
/// roles skipped, before it, or after the quote), carried (a subject-less cue takes the last speaker of its gender),
/// nominal (a role noun refers back to the last speaker it fits), document (a statement speaks for its issuer) and
/// unnamed sources. Reads the sentence's syntax from tokens and takes from the recognizer's mentions what they know
/// better: a person mention in the subject's window is the speaker; a mention gives a name its bounds and entity where
/// it is that name (see <c>Snap</c>); places, and organizations after an office, are complements of a role phrase.
/// </summary>
/// <remarks>Per call: holds the discourse (recent speakers) of one document, resolved in text order.</remarks>
internal sealed class SpeakerResolver
{
    private const int MaxSubjectTokens = 16;
    private const int MaxNameTokens = 5;
    private const int RecentSpeakers = 12;

    private readonly QuoteContext _c;
    private readonly List<SpeakerEntry> _recent = [];
    private readonly Dictionary<int, Resolved> _byCue = [];
    private readonly HashSet<int> _resolving = [];
    private SpeakerEntry? _issuer;
    private int _lastSentence = -1;
    private Resolved _lastInSentence;

    public SpeakerResolver(QuoteContext context) => _c = context;

    /// <summary>What a subject phrase turned out to be.</summary>
    private enum SubjectKind
    {
        None,
        Name,
        Role,
        Document,
        Group,
        Unnamed,
    }

    /// <summary>The speaker of the quotation introduced by speech verb <paramref name="cue"/>.</summary>
    public SpeakerCandidate? AtCue(int cue)
    {
        if (_byCue.TryGetValue(cue, out var known))
            return known.Speaker;
        var resolved = ResolveCue(cue);
        _byCue[cue] = resolved;
        Remember(cue, resolved);
        return resolved.Speaker;
    }

    /// <summary>
    /// Notes the speaker a speech verb names even where it introduces no quotation (أعلن المدير فلان إصابة ...، وفق ما
    /// أكده فلان), so that a later subject-less cue can carry it.
    /// </summary>
    public void Observe(int cue)
    {
        if (_byCue.ContainsKey(cue) || _resolving.Contains(cue))
            return;
        var before = SubjectBefore(cue, _c.SentenceFirst(cue));
        var subject = before.Kind == SubjectKind.Name ? before : SubjectAfter(cue + 1);
        if (subject.Kind != SubjectKind.Name)
            return;
        var resolved = FromSubject(subject, _c.VerbAt(cue)!.Value.Gender, cue);
        _byCue[cue] = resolved;
        Remember(cue, resolved);
    }

    /// <summary>The speaker named by a source construction (بحسب X، وفقا لـ X، نقلا عن X) starting at <paramref name="source"/>.</summary>
    public SpeakerCandidate? AtSource(int source)
    {
        var resolved = ResolveSource(source);
        Remember(source, resolved);
        return resolved.Speaker;
    }

    /// <summary>The speaker of a headline «X: ...», X being tokens <c>[first, last]</c>.</summary>
    public SpeakerCandidate? AtHeadline(int first, int last)
    {
        var span = Snap(first, last, role: false, out var mention);
        var entry = new SpeakerEntry(span, mention, SpeakerGender.Unknown, _c.HeadOf(first), Skeletons(first, last),
            _c.Is(first, QuoteWordClass.Organization) || IsMentionOf(mention, EntityType.Organization));
        var resolved = new Resolved(new SpeakerCandidate(span, mention, AttributionRule.Headline, 0.8), entry);
        Remember(first, resolved);
        return resolved.Speaker;
    }

    /// <summary>A quotation with no cue: the last speaker, if any, with low confidence.</summary>
    public SpeakerCandidate? Carried(int at, SpeakerGender gender)
    {
        var resolved = CarriedFrom(at, gender, 0.4);
        Remember(at, resolved);
        return resolved.Speaker;
    }

    /// <summary>The speaker a sentence opening with a source construction (وحسب البيان، بحسب X) names, if it does.</summary>
    public int SentenceSource(int t)
    {
        var first = _c.SentenceFirst(t);
        if (_c.IsPunctuation(first, '-') || _c.KeyOf(first) == "و")
            first++;
        return _c.Is(first, QuoteWordClass.Source) ? first : -1;
    }

    private void Remember(int at, Resolved resolved)
    {
        _lastSentence = _c.SentenceOf(at);
        _lastInSentence = resolved;
        if (resolved.Entry is { } entry)
        {
            _recent.Add(entry);
            if (_recent.Count > RecentSpeakers * 2)
                _recent.RemoveRange(0, RecentSpeakers);
        }
    }

    // A cue may lead to a source construction that leads back to it («بحسب ما قال ...» opening a sentence): each cue is
    // resolved once, and a cue met again while it is being resolved gives nothing.
    private Resolved ResolveCue(int cue)
    {
        if (!_resolving.Add(cue))
            return default;
        try
        {
            return ResolveCueOnce(cue);
        }
        finally
        {
            _resolving.Remove(cue);
        }
    }

    private Resolved ResolveCueOnce(int cue)
    {
        var form = _c.VerbAt(cue)!.Value;
        var gender = form.Gender;
        var sentenceFirst = _c.SentenceFirst(cue);

        if (_c.Lexicon.Verbs.RelayedThrough(form.Lemma) is { } relay && FindAfter(cue, relay) is var from and >= 0)
            return FromSubject(SubjectAfter(from + 1), gender, cue);

        var before = SubjectBefore(cue, sentenceFirst);
        if (before.Kind != SubjectKind.None)
            return FromSubject(before, gender, cue);

        if (form.Aspect == VerbAspect.Participle)
            return SameSentence(cue, gender) ?? CarriedFrom(cue, gender, 0.6);

        var after = SubjectAfter(cue + 1);
        if (after.Kind is not (SubjectKind.None or SubjectKind.Group))
        {
            var resolved = FromSubject(after, gender, cue);
            if (after.Kind is SubjectKind.Name or SubjectKind.Role && MentionsStatement(cue))
                _issuer = resolved.Entry;
            return resolved;
        }

        if (SentenceSource(cue) is var source and >= 0 && source < cue)
            return ResolveSource(source);
        return SameSentence(cue, gender) ?? CarriedFrom(cue, gender, 0.7);
    }

    private Resolved ResolveSource(int source)
    {
        var t = source + 1;
        var last = _c.SentenceLast(source);
        if (t <= last && (_c.KeyOf(t) is "ل" or "عن" || _c.IsPunctuation(t, '-')))
            t++;
        if (t <= last && _c.KeyOf(t) == "ما")
        {
            for (var k = t + 1; k <= last && k <= t + 3; k++)
            {
                if (_c.VerbAt(k) is not null)
                    return _byCue.TryGetValue(k, out var known) ? known : CacheCue(k);
            }
        }

        if (t <= last && _c.Is(t, QuoteWordClass.SourcePronoun))
            return CarriedFrom(source, SpeakerGender.Unknown, 0.7);
        var subject = SubjectAfter(t);
        return subject.Kind == SubjectKind.None ? default : FromSubject(subject, SpeakerGender.Unknown, source);
    }

    private Resolved CacheCue(int cue)
    {
        var resolved = ResolveCue(cue);
        _byCue[cue] = resolved;
        return resolved;
    }

    private Resolved? SameSentence(int at, SpeakerGender gender)
    {
        var sentence = _c.SentenceOf(at);
        if (_lastSentence == sentence && _lastInSentence.Speaker is not null)
            return _lastInSentence with { Speaker = _lastInSentence.Speaker with { Rule = AttributionRule.Carried, Confidence = 0.8 } };
        var subject = MainSubject(at);
        return subject.Kind is SubjectKind.None or SubjectKind.Group ? null : FromSubject(subject, gender, at);
    }

    private Resolved CarriedFrom(int at, SpeakerGender gender, double confidence)
    {
        SpeakerEntry? fallback = null;
        for (var i = _recent.Count - 1; i >= 0 && i >= _recent.Count - RecentSpeakers; i--)
        {
            var entry = _recent[i];
            fallback ??= entry;
            if (gender == SpeakerGender.Unknown || entry.Gender == SpeakerGender.Unknown || entry.Gender == gender)
                return Carry(entry, confidence);
        }

        if (fallback is not null)
            return Carry(fallback, confidence * 0.8);

        // No speaker yet: the subject of an earlier sentence's verb (وثمن الوزير فلان القرار. وأشار إلى أن ...).
        var sentence = _c.SentenceOf(at);
        for (var s = sentence - 1; s >= 0 && s >= sentence - 3; s--)
        {
            var previous = _c.Document.Sentences[s];
            if (previous.TokenCount < 2)
                continue;
            var subject = MainSubject(previous.FirstToken + previous.TokenCount - 1);
            if (subject.Kind == SubjectKind.Name)
            {
                var named = FromSubject(subject, gender, at);
                return named with { Speaker = named.Speaker! with { Rule = AttributionRule.Carried, Confidence = confidence * 0.7 } };
            }
        }

        return default;

        static Resolved Carry(SpeakerEntry entry, double confidence) =>
            new(new SpeakerCandidate(entry.Span, entry.Mention, AttributionRule.Carried, confidence), entry);
    }

    private Resolved FromSubject(Subject subject, SpeakerGender gender, int at)
    {
        switch (subject.Kind)
        {
            case SubjectKind.Name:
            {
                var span = Snap(subject.First, subject.Last, role: false, out var mention);
                var entry = new SpeakerEntry(span, mention, gender, subject.Head, subject.Words,
                    subject.IsOrganization || IsMentionOf(mention, EntityType.Organization));
                return new Resolved(new SpeakerCandidate(span, mention, AttributionRule.Explicit, 0.9), entry);
            }

            case SubjectKind.Role:
                return Nominal(subject, gender);
            case SubjectKind.Document:
            {
                var issuer = _issuer ?? LastOrganization();
                if (issuer is null)
                    return default;
                return new Resolved(new SpeakerCandidate(issuer.Span, issuer.Mention, AttributionRule.Document, 0.7), issuer);
            }

            case SubjectKind.Unnamed:
            {
                var span = _c.SpanOf(subject.First, subject.Last);
                var entry = new SpeakerEntry(span, null, gender, subject.Head, subject.Words, false);
                return new Resolved(new SpeakerCandidate(span, null, AttributionRule.UnnamedSource, 0.6), entry);
            }

            default:
                return CarriedFrom(at, gender, 0.6);
        }
    }

    private Resolved Nominal(Subject role, SpeakerGender gender)
    {
        SpeakerEntry? byHead = null;
        SpeakerEntry? byWords = null;
        SpeakerEntry? byGender = null;
        var generic = _c.Is(role.First, QuoteWordClass.GenericRole);
        for (var i = _recent.Count - 1; i >= 0 && i >= _recent.Count - RecentSpeakers; i--)
        {
            var entry = _recent[i];
            if (entry.Mention is null && entry.Words.Length == 0 && entry.Head.Length == 0)
                continue;
            if (entry.IsOrganization != role.IsOrganization)
                continue;
            var sameHead = entry.Head == role.Head;
            var hasWords = ContainsAll(entry.Words, role.Words[1..]);
            if (sameHead && hasWords)
                return Refer(entry, 0.75);
            if (generic && hasWords && role.Words.Length > 1)
                byWords ??= entry;
            if (sameHead)
                byHead ??= entry;
            // A speaker named without a role may hold this one; a speaker with another role does not.
            if (!role.IsOrganization && entry.Words.Length == 0 && (gender == SpeakerGender.Unknown || entry.Gender != Opposite(gender)))
                byGender ??= entry;
        }

        if ((byWords ?? byHead) is { } fitting)
            return Refer(fitting, 0.65);
        if (!role.IsOrganization && byGender is not null)
            return Refer(byGender, 0.5);

        var span = Snap(role.First, role.Last, role: true, out var mention);
        var own = new SpeakerEntry(span, mention, gender, role.Head, role.Words, role.IsOrganization);
        return new Resolved(new SpeakerCandidate(span, mention, AttributionRule.Nominal, 0.3), own);

        static Resolved Refer(SpeakerEntry entry, double confidence) =>
            new(new SpeakerCandidate(entry.Span, entry.Mention, AttributionRule.Nominal, confidence), entry);
    }

    private static SpeakerGender Opposite(SpeakerGender gender) =>
        gender == SpeakerGender.Masculine ? SpeakerGender.Feminine : gender == SpeakerGender.Feminine ? SpeakerGender.Masculine : SpeakerGender.Unknown;

    private static bool ContainsAll(string[] have, string[] want)
    {
        foreach (var word in want)
        {
            if (Array.IndexOf(have, word) < 0)
                return false;
        }

        return true;
    }

    private SpeakerEntry? LastOrganization()
    {
        for (var i = _recent.Count - 1; i >= 0 && i >= _recent.Count - RecentSpeakers; i--)
        {
            if (_recent[i].IsOrganization)
                return _recent[i];
        }

        return null;
    }

    private bool IsMentionOf(int? mention, EntityType type) => mention is { } m && _c.Mentions[m].Type == type;

    private bool MentionsStatement(int cue)
    {
        var last = Math.Min(_c.SentenceLast(cue), cue + MaxSubjectTokens);
        for (var t = cue + 1; t <= last; t++)
        {
            if (_c.IsComplementizer(t) || _c.IsColon(t))
                return false;
            if (_c.Is(t, QuoteWordClass.Document))
                return true;
        }

        return false;
    }

    private int FindAfter(int cue, string key)
    {
        var last = Math.Min(_c.SentenceLast(cue), cue + MaxSubjectTokens);
        for (var t = cue + 1; t <= last; t++)
        {
            if (_c.IsComplementizer(t) || _c.IsColon(t))
                return -1;
            if (_c.KeyOf(t) == key)
                return t;
        }

        return -1;
    }

    // The subject named before the verb: «وكان X قد قال»، «أما X فقال»، «X، الذي صرح».
    private Subject SubjectBefore(int cue, int sentenceFirst)
    {
        var t = cue - 1;
        if (t < sentenceFirst)
            return default;
        if (_c.Is(t, QuoteWordClass.Relative) && !_c.HasProclitic(t))
        {
            var end = t - 1;
            if (end >= sentenceFirst && _c.IsComma(end))
                end--;
            return end >= sentenceFirst ? NameEndingAt(end, sentenceFirst) : default;
        }

        var cueToken = _c.Tokens[cue];
        if (cueToken.Proclitics.StartsWith('ف'))
        {
            for (var k = t; k >= sentenceFirst && k >= cue - MaxNameTokens - 1; k--)
            {
                if (_c.KeyOf(k) is "اما" or "واما")
                    return k + 1 < cue ? SubjectAfter(k + 1, cue - 1) : default;
            }
        }

        if (_c.KeyOf(t) == "قد")
            t--;
        for (var k = t; k >= sentenceFirst && k >= t - MaxNameTokens; k--)
        {
            if (_c.Is(k, QuoteWordClass.Was))
                return k + 1 <= t ? SubjectAfter(k + 1, t) : default;
            if (!_c.IsWord(k))
                break;
        }

        return default;
    }

    // A name that ends at token end, read leftwards: «بيسكوف، الذي».
    private Subject NameEndingAt(int end, int floor)
    {
        var first = end;
        while (first - 1 >= floor && first > end - MaxNameTokens + 1 && _c.IsNameLike(first - 1) && !_c.HasProclitic(first - 1))
            first--;
        if (!_c.IsWord(end) || _c.Is(end, QuoteWordClass.Boundary))
            return default;
        return new Subject(SubjectKind.Name, first, end, _c.HeadOf(first), [], false);
    }

    // The subject of the sentence's main verb, for a participle or a subject-less verb after a first clause:
    // «جدد البنك المركزي تحذيره ...، مؤكدا أن»، «أبدى المدرب رضاه، وقال إن».
    private Subject MainSubject(int at)
    {
        var first = _c.SentenceFirst(at);
        for (var t = first; t < at; t++)
        {
            if (_c.IsCue(t))
                return SubjectAfter(t + 1, at - 1);
        }

        if (_c.KeyOf(first) == "و")
            first++;
        if (_c.Is(first, QuoteWordClass.AdverbialOpener))
        {
            var limit = Math.Min(at - 1, first + 12);
            for (var k = first; k <= limit; k++)
            {
                if (_c.IsComma(k))
                {
                    first = k + 1;
                    break;
                }
            }
        }

        if (first >= at || !_c.IsWord(first) || _c.IsCue(first))
            return default;
        return SubjectAfter(first + 1, at - 1);
    }

    private Subject SubjectAfter(int start) => SubjectAfter(start, _c.SentenceLast(Math.Min(start, _c.Count - 1)));

    // The subject after a verb: a name, a role phrase (with the name it may hold), a document, a group, an unnamed source.
    private Subject SubjectAfter(int start, int limit)
    {
        if (start >= _c.Count || start > limit)
            return default;
        var sentenceLast = Math.Min(limit, _c.SentenceLast(start));
        var t = start;
        if (_c.IsComma(t))
            t++;

        // أفاد به فلان، صرح لها فلان: a preposition with a pronoun between the verb and its subject.
        if (t < sentenceLast && _c.Is(t, QuoteWordClass.VerbComplement) && _c.IsWord(t + 1))
            t++;
        if (t > sentenceLast || !_c.IsWord(t) || _c.IsComplementizer(t) || _c.IsCue(t))
            return default;
        var wordClass = _c.ClassOf(t);
        if ((wordClass & (QuoteWordClass.Boundary | QuoteWordClass.GovernedPreposition | QuoteWordClass.Source)) != 0
            && (wordClass & (QuoteWordClass.Role | QuoteWordClass.Organization | QuoteWordClass.Document)) == 0)
            return default;

        if ((wordClass & QuoteWordClass.Document) != 0)
        {
            for (var k = t + 1; k <= sentenceLast && k <= t + 4; k++)
            {
                if (_c.KeyOf(k) == "عن" && k + 1 <= sentenceLast && IsIssued(k - 1))
                    return SubjectAfter(k + 1, sentenceLast);
            }

            return new Subject(SubjectKind.Document, t, t, string.Empty, [], true);
        }

        if ((wordClass & QuoteWordClass.Group) != 0)
            return new Subject(SubjectKind.Group, t, t, string.Empty, [], false);
        if ((wordClass & QuoteWordClass.Quantifier) != 0)
            return new Subject(SubjectKind.Unnamed, t, RunEnd(t, sentenceLast), string.Empty, [], false);

        var mentionName = MentionInWindow(t, sentenceLast);
        var definite = _c.IsDefinite(t);
        // مصدر مطلع، مصدر بالوزارة: an unnamed source unless a definite noun makes it a construct (مسؤولو الوزارة).
        var construct = _c.IsDefinite(t + 1) && !_c.HasProclitic(t + 1);
        if ((wordClass & QuoteWordClass.UnnamedSource) != 0 && !definite && !construct && mentionName.Kind == SubjectKind.None)
            return new Subject(SubjectKind.Unnamed, t, RunEnd(t, sentenceLast), _c.HeadOf(t), [], false);

        if ((wordClass & (QuoteWordClass.Role | QuoteWordClass.Honorific | QuoteWordClass.Organization)) != 0 && !StartsCompoundName(t))
            return RolePhrase(t, sentenceLast, mentionName);
        if (mentionName.Kind == SubjectKind.Name && mentionName.First == t)
            return mentionName;
        return Name(t, sentenceLast);
    }

    // نجم الدين، أمين الله: a word that is also a title starts a compound given name before الدين or الله.
    private bool StartsCompoundName(int t) =>
        !_c.IsDefinite(t) && _c.Is(t + 1, QuoteWordClass.CompoundNameEnd) && _c.IsDefinite(t + 1);

    // صدر، صادر، الصادرة: a document «issued by» its speaker.
    private bool IsIssued(int t)
    {
        if (!_c.IsWord(t))
            return false;
        var skeleton = QuoteContext.Skeleton(_c.KeyOf(t));
        return skeleton.EndsWith("صدر", StringComparison.Ordinal) || skeleton.EndsWith("صدرت", StringComparison.Ordinal);
    }

    // A person or organization mention in the subject's window (before its first hard boundary), when the recognizer has one.
    private Subject MentionInWindow(int start, int last)
    {
        var limit = Math.Min(last, start + MaxSubjectTokens);
        var found = default(Subject);
        for (var t = start; t <= limit; t++)
        {
            if (_c.IsComplementizer(t) || _c.IsColon(t) || _c.IsCue(t) || _c.IsTerminator(t) || _c.IsQuoteMark(t)
                || (_c.Is(t, QuoteWordClass.Boundary) && !_c.Is(t, QuoteWordClass.Role | QuoteWordClass.Organization) && t > start))
                break;
            var m = _c.MentionAt(t);
            if (m < 0)
                continue;
            var mention = _c.Mentions[m];
            if (mention.Type is EntityType.Person)
                return new Subject(SubjectKind.Name, mention.FirstToken, mention.FirstToken + mention.TokenCount - 1, string.Empty, [], false);
            if (mention.Type is EntityType.Organization && found.Kind == SubjectKind.None)
                found = new Subject(SubjectKind.Name, mention.FirstToken, mention.FirstToken + mention.TokenCount - 1, string.Empty, [], true);
            t = mention.FirstToken + mention.TokenCount - 1;
        }

        return found;
    }

    // A role or organization phrase: the office and its complements (وزير الخارجية الفرنسي، المتحدث باسم الكرملين),
    // then the name if one follows (directly, or as an apposition after a comma), else the phrase as a nominal reference.
    // A place the recognizer knows is a complement of the phrase (والي سوسة، بلدية تونس), and so is an organization
    // after an office (رئيس النادي الإفريقي): the speaker is the office's holder, not the organization.
    private Subject RolePhrase(int start, int last, Subject mentionName)
    {
        var isOrganization = _c.Is(start, QuoteWordClass.Organization) && !_c.Is(start, QuoteWordClass.Role);
        if (!isOrganization && mentionName.IsOrganization && mentionName.First > start)
            mentionName = default;
        var head = _c.HeadOf(start);
        var words = new List<string> { _c.SkeletonOf(start) };
        var depth = 0;
        var end = start;
        var limit = Math.Min(last, start + MaxSubjectTokens);
        for (var t = start + 1; t <= limit; t++)
        {
            if (_c.IsOpeningBracket(t))
            {
                depth++;
                continue;
            }

            if (_c.IsClosingBracket(t))
            {
                depth = Math.Max(0, depth - 1);
                end = t;
                continue;
            }

            if (depth > 0)
                continue;
            if (_c.IsPunctuation(t, '.') && _c.Is(t - 1, QuoteWordClass.Honorific))
                continue;
            if (_c.IsComplementizer(t) || _c.IsColon(t) || _c.IsTerminator(t) || _c.IsCue(t) || _c.IsQuoteMark(t) && !isOrganization)
                break;
            if (_c.IsQuoteMark(t))
                continue;
            if (_c.IsComma(t))
            {
                var apposition = Apposition(t + 1, last);
                if (apposition.Kind == SubjectKind.Name)
                    return apposition with { Head = head, Words = [.. words] };
                break;
            }

            if (_c.IsPunctuation(t, '.') || _c.IsPunctuation(t, '-'))
                continue;
            // A noun in construct with a known organization (إقليم + الحرس الوطني) belongs to the complement too; not one
            // before a place, which may as well be a given name before a family name the recognizer misread.
            if (!isOrganization && ComplementMention(t, isOrganization) < 0 && !_c.IsDefinite(t) && !_c.HasProclitic(t)
                && (_c.IsNameLike(t) || _c.Is(t, QuoteWordClass.Role | QuoteWordClass.Organization))
                && _c.MentionAt(t + 1) is var next and >= 0 && _c.Mentions[next].Type == EntityType.Organization && ComplementMention(t + 1, isOrganization) >= 0)
            {
                words.Add(_c.SkeletonOf(t));
                end = t;
                continue;
            }

            if (ComplementMention(t, isOrganization) is var complementLast and >= 0)
            {
                for (; t <= complementLast; t++)
                {
                    if (_c.IsWord(t))
                        words.Add(_c.SkeletonOf(t));
                }

                end = t = complementLast;
                continue;
            }

            if (_c.KeyOf(t) is "الي" or "لدي" or "عن" && _c.IsWord(t + 1) && !_c.IsComplementizer(t + 1))
            {
                t++;
                end = t;
                continue;
            }

            var wordClass = _c.ClassOf(t);
            if (!_c.IsWord(t))
                break;
            if ((wordClass & QuoteWordClass.Boundary) != 0 && (wordClass & (QuoteWordClass.Role | QuoteWordClass.Organization | QuoteWordClass.Honorific)) == 0
                && !_c.HasProclitic(t) && _c.KeyOf(t) is not ("باسم" or "ل" or "ب" or "و"))
            {
                if (_c.KeyOf(t) is "منها" or "منه" or "فيها" or "فيه")
                    continue;
                break;
            }

            if ((_c.Tokens[t].Kind == TokenKind.LatinWord || _c.IsDefinite(t) || _c.HasProclitic(t)
                || (wordClass & (QuoteWordClass.Role | QuoteWordClass.Organization | QuoteWordClass.Honorific | QuoteWordClass.Modifier)) != 0
                || _c.KeyOf(t) is "باسم" or "ل" or "ب" or "و") && !StartsCompoundName(t))
            {
                if (_c.IsWord(t))
                    words.Add(_c.SkeletonOf(t));
                end = t;
                continue;
            }

            if (mentionName.Kind == SubjectKind.Name)
                return Named(mentionName, start, end) with { Head = head, Words = [.. words] };
            if ((wordClass & QuoteWordClass.Quantifier) != 0)
                return new Subject(SubjectKind.Unnamed, start, RunEnd(t, last), head, [.. words], false);
            if (isOrganization)
                return new Subject(SubjectKind.Name, start, end == start ? OrganizationNameEnd(t, last) : end, head, [.. words], true);
            var name = Name(t, last);
            var after = SkipToComma(name.Last + 1, limit);
            if (after >= 0 && Apposition(after + 1, last) is { Kind: SubjectKind.Name } preferred && !IsAppositionOfName(name))
                return preferred with { Head = head, Words = [.. words] };
            return name with { Head = head, Words = [.. words] };
        }

        if (mentionName.Kind == SubjectKind.Name)
            return Named(mentionName, start, end) with { Head = head, Words = [.. words] };
        var indefinite = !_c.IsDefinite(start) && !_c.Is(start, QuoteWordClass.Honorific);
        if (indefinite && _c.Is(start, QuoteWordClass.UnnamedSource) && !_c.IsDefinite(start + 1))
            return new Subject(SubjectKind.Unnamed, start, end, head, [.. words], false);
        if (isOrganization && (end > start || !_c.IsDefinite(start)))
            return new Subject(SubjectKind.Name, start, end, head, [.. words], true);
        return new Subject(SubjectKind.Role, start, end, head, [.. words], isOrganization);
    }

    // The subject a role or organization phrase [start, end] names through its mention: a person mention alone; an
    // organization's mention with the phrase's head before it (which Snap drops again), and with the phrase's words
    // after it when they start with a prepositional complement the mention lacks (الهيئة الوطنية + للانتخابات). Other
    // words after a known name are not part of it (وأعلنت وزارة الدفاع الروسية العثور على ...).
    private Subject Named(Subject mentionName, int start, int end)
    {
        if (!mentionName.IsOrganization)
            return mentionName;
        var next = mentionName.Last + 1;
        var complement = end > mentionName.Last && _c.HasProclitic(next) && _c.Tokens[next].Proclitics[^1] is 'ل' or 'ب';
        return mentionName with { First = Math.Min(start, mentionName.First), Last = complement ? end : mentionName.Last };
    }

    // The last token of a place mention at token t, or of an organization mention there after an office; else -1.
    private int ComplementMention(int t, bool isOrganization)
    {
        var m = _c.MentionAt(t);
        if (m < 0 || _c.Mentions[m].FirstToken != t)
            return -1;
        var mention = _c.Mentions[m];
        return mention.Type == EntityType.Location || (mention.Type == EntityType.Organization && !isOrganization)
            ? t + mention.TokenCount - 1
            : -1;
    }

    // «صحيفة "ماركا" الإسبانية»، «وكالة رويترز»: the name after an organization's head, its closing mark and adjectives.
    private int OrganizationNameEnd(int start, int last)
    {
        var end = Name(start, last).Last;
        if (end + 1 <= last && _c.IsQuoteMark(end + 1))
            end++;
        while (end + 1 <= last && _c.IsDefinite(end + 1) && !_c.HasProclitic(end + 1) && _c.IsNameLike(end + 1))
            end++;
        return end;
    }

    // A name followed by a comma, a complementizer or a colon is this sentence's subject; a name followed by other
    // words (شؤون الطاقة) may be a complement, and a later apposition is preferred.
    private bool IsAppositionOfName(Subject name)
    {
        var next = name.Last + 1;
        return _c.IsComma(next) || _c.IsComplementizer(next) || _c.IsColon(next) || (_c.Is(next, QuoteWordClass.Boundary) && _c.KeyOf(next) != "و");
    }

    private int SkipToComma(int from, int limit)
    {
        for (var t = from; t <= limit; t++)
        {
            if (_c.IsComma(t))
                return t;
            if (_c.IsComplementizer(t) || _c.IsColon(t) || _c.IsTerminator(t) || _c.IsCue(t))
                return -1;
        }

        return -1;
    }

    // «...، سمير الخطيب، ...»: a short name between commas (or before a complementizer or colon).
    private Subject Apposition(int start, int last)
    {
        // A given name that is also a role word (أمين) counts when another name word follows it.
        var roleAsName = _c.Is(start, QuoteWordClass.Role) && !_c.IsDefinite(start) && _c.IsNameLike(start + 1) && !_c.IsDefinite(start + 1);
        if (start > last || !(_c.IsNameLike(start) || roleAsName) || _c.HasProclitic(start) && !_c.Is(start, QuoteWordClass.Connector))
            return default;
        var name = Name(start, last);
        var next = name.Last + 1;
        if (next > last || _c.IsComma(next) || _c.IsComplementizer(next) || _c.IsColon(next) || _c.IsQuoteMark(next))
            return name;
        return default;
    }

    // A name starting at token start: given names, connectors (عبد، بن، أبو) and a family name; an organization's
    // definite head and its adjectives (البنك المركزي المصري).
    private Subject Name(int start, int last)
    {
        var m = _c.MentionAt(start);
        if (m >= 0)
        {
            var mention = _c.Mentions[m];
            return new Subject(SubjectKind.Name, mention.FirstToken, mention.FirstToken + mention.TokenCount - 1, _c.HeadOf(start), [],
                mention.Type == EntityType.Organization);
        }

        var definite = _c.IsDefinite(start) || _c.Is(start, QuoteWordClass.Organization);
        var end = start;
        var afterConnector = _c.Is(start, QuoteWordClass.Connector);
        var joined = false;
        for (var t = start + 1; t <= last && t - start < MaxNameTokens; t++)
        {
            if (afterConnector && _c.IsWord(t))
            {
                end = t;
                afterConnector = _c.Is(t, QuoteWordClass.Connector);

                // عبد + a divine name is a compound given name (عبد السلام), which a family name still follows.
                joined = _c.KeyOf(t - 1) != "عبد";
                continue;
            }

            // After «بن علي» a name goes on only with another connector (محمد بن علي بن سالم).
            if (joined && !_c.Is(t, QuoteWordClass.Connector))
                break;

            if (!_c.IsWord(t) || _c.HasConjunction(t) || (_c.HasProclitic(t) && _c.IsDefinite(t)))
                break;
            if (!definite && _c.Is(t, QuoteWordClass.CompoundNameEnd) && _c.IsDefinite(t))
            {
                end = t;
                continue;
            }

            var familyName = !definite && _c.IsDefinite(t) && _c.IsFamilyNameLike(t);
            if (!_c.IsNameLike(t) && !_c.Is(t, QuoteWordClass.Connector) && !familyName)
                break;
            if (_c.Is(t, QuoteWordClass.Connector))
            {
                end = t;
                afterConnector = true;
                continue;
            }

            var isDefinite = _c.IsDefinite(t);
            if (definite)
            {
                if (!isDefinite)
                    break;
                end = t;
                continue;
            }

            if (isDefinite)
            {
                // A definite word after a given name is a family name (وليد السالمي) when the name ends with it.
                var next = t + 1;
                if (next <= last && _c.IsNameLike(next) && !_c.HasProclitic(next) && _c.IsDefinite(next))
                    break;
                end = t;
                break;
            }

            end = t;
        }

        return new Subject(SubjectKind.Name, start, end, _c.HeadOf(start), [], _c.Is(start, QuoteWordClass.Organization));
    }

    private int RunEnd(int start, int last)
    {
        var end = start;
        for (var t = start + 1; t <= last && t - start < MaxNameTokens; t++)
        {
            if (!_c.IsWord(t) || _c.Is(t, QuoteWordClass.Boundary) || _c.IsComplementizer(t) || _c.IsCue(t) || _c.HasProclitic(t))
                break;
            end = t;
        }

        return end;
    }

    private string[] Skeletons(int first, int last)
    {
        var words = new List<string>();
        for (var t = first; t <= last; t++)
        {
            if (_c.IsWord(t))
                words.Add(_c.SkeletonOf(t));
        }

        return [.. words];
    }

    // The original span of the speaker named by tokens [first, last], and the recognizer's mention that is that speaker.
    // A mention that spans the whole name is it; inside a longer name, a person mention is the person named (the name's
    // own bounds are a guess), and an organization mention is it when the name only wraps it in a head, quotation marks
    // and adjectives (صحيفة "لوموند" الفرنسية). A name that goes on past an organization with a complement
    // (الهيئة الوطنية + للانتخابات) is a longer name than the mention, and a place inside a name is its complement
    // (بلدية تونس): the name keeps its own span, unlinked. A role phrase is never narrowed to a mention inside it
    // (رئيس النادي الإفريقي is not the club).
    private TextSpan Snap(int first, int last, bool role, out int? mention)
    {
        for (var t = first; t <= last; t++)
        {
            var m = _c.MentionAt(t);
            if (m < 0)
                continue;
            var candidate = _c.Mentions[m];
            var candidateLast = candidate.FirstToken + candidate.TokenCount - 1;
            var covers = candidate.FirstToken <= first && candidateLast >= last;
            if (covers || (!role && (candidate.Type == EntityType.Person
                || (candidate.Type == EntityType.Organization && OnlyWrappingAfter(candidateLast + 1, last)))))
            {
                mention = m;
                return candidate.Span;
            }

            t = candidateLast;
        }

        mention = null;
        return _c.SpanOf(first, last);
    }

    // Tokens [from, last] hold nothing but closing quotation marks or brackets and adjectives.
    private bool OnlyWrappingAfter(int from, int last)
    {
        for (var t = from; t <= last; t++)
        {
            if (!_c.IsQuoteMark(t) && !_c.IsClosingBracket(t) && !_c.IsAdjective(t))
                return false;
        }

        return true;
    }

    /// <summary>A speaker the discourse remembers: where it was named, its gender, its role words.</summary>
    private sealed record SpeakerEntry(TextSpan Span, int? Mention, SpeakerGender Gender, string Head, string[] Words, bool IsOrganization);

    private readonly record struct Resolved(SpeakerCandidate? Speaker, SpeakerEntry? Entry);

    private readonly record struct Subject(SubjectKind Kind, int First, int Last, string Head, string[] Words, bool IsOrganization);
}
