using System.Buffers;
using System.Collections.Frozen;
using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Segmentation;

/// <summary>
/// Splits a paragraph of the view into sentences, by the conventions of the shared sentence evaluation: a sentence ends
/// after a run of terminators (. ! ? ؟ … and runs of them) together with the closing quotation marks and brackets that
/// follow it, except after abbreviations and initials, list markers, a <c>..</c> in a headline, an ellipsis or omission
/// mark that interrupts a clause, a quotation that its speaker or its clause follows, and periods inside numbers,
/// addresses and letter chains.
/// </summary>
/// <remarks>
/// Stateless and thread-safe: per-call state lives on the stack. Linear in the paragraph: one forward pass, every look
/// back or ahead around a terminator is bounded by a constant, and quotation marks pair on a stack of bounded depth.
/// </remarks>
internal static class SentenceSplitter
{
    /// <summary>The logical name of the lexicon of abbreviations whose period never ends a sentence.</summary>
    internal const string AbbreviationsResource = "ArabicNews.Extraction.Lexicons.abbreviations.txt";

    /// <summary>The logical name of the lexicon of words that introduce a quotation's speaker after it.</summary>
    internal const string SpeakerCuesResource = "ArabicNews.Extraction.Lexicons.sentence-speaker-cues.txt";

    /// <summary>How many quotation marks and brackets may be open at once; a deeper one pushes the outermost out.</summary>
    internal const int MaxOpenMarks = 16;

    // Bounds on every look around a terminator: longer words, gaps and clauses are never looked at as a whole.
    private const int MaxWordLength = 32;
    private const int MaxGap = 64;
    private const int MaxClauseWords = 8;
    private const int MaxOmissionLength = 8;
    private const int MaxTrailingCreditLength = 64;

    private static readonly SearchValues<char> Events = SearchValues.Create(
        ".!?\u061F\u2026\u06D4\"'\u00AB\u00BB\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u2039\u203A()[]{}");

    private static readonly WordSet Abbreviations = new(
        EmbeddedResources.ReadEntries(AbbreviationsResource).Select(entry => entry.TrimEnd('.').Replace("\u0640", "", StringComparison.Ordinal)));

    private static readonly WordSet SpeakerCues = new(EmbeddedResources.ReadEntries(SpeakerCuesResource));

    // Prepositions and particles a clause cannot stop after: an ellipsis right after one is a pause, not an end.
    private static readonly WordSet FunctionWords = new(
    [
        "في", "من", "إلى", "على", "عن", "مع", "بين", "حتى", "منذ", "نحو", "أن", "إن", "لا", "لم", "لن", "قد", "ما", "الذي",
        "التي", "الذين", "أو", "و", "ف", "ثم", "لكن", "بل", "كان", "كانت", "ليس", "هل",
    ]);

    // Words that open a clause waiting for its predicate (complementizers, كان and its sisters): an ellipsis soon after
    // one interrupts the clause. Matched also after a conjunction و or ف.
    private static readonly WordSet PredicateOpeners = new(
    [
        "إن", "أن", "بأن", "لأن", "لكن", "لعل", "كان", "كانت", "يكون", "تكون", "أصبح", "أصبحت", "بات", "باتت", "ظل", "ظلت",
        "ليس", "ليست", "مازال", "لازال",
    ]);

    // Object pronouns a speech verb may carry: سألهم، أجابها.
    private static readonly string[] ObjectPronouns = ["هما", "ها", "هم", "هن", "كم", "نا", "ني", "ه"];

    // Prepositions and subordinators that carry on the clause a quotation is part of: وتساءل: «…؟» قبل أن يغادر.
    private static readonly WordSet ClauseContinuations = new(
    [
        "في", "من", "إلى", "على", "عن", "مع", "قبل", "بعد", "خلال", "أثناء", "عند", "عندما", "حين", "حينما", "بينما", "منذ",
        "حتى", "لدى", "عبر", "دون", "بدون", "أمام", "ضمن", "إثر",
    ]);

    // Words that begin with و or ف without being a conjunction: they continue a clause rather than open one.
    private static readonly WordSet ContinuingWords = new(
        ["في", "فيه", "فيها", "فيما", "فوق", "فقط", "فضلا", "فور", "فورا", "وفق", "وفقا", "وسط", "وراء", "وحده", "وحدها"]);

    /// <summary>Appends the sentences of the paragraph <paramref name="view"/><c>[start, end)</c>, trimmed.</summary>
    public static void Split(string view, int start, int end, List<(int Start, int End)> sentences)
    {
        Span<OpenMark> open = stackalloc OpenMark[MaxOpenMarks];
        var scan = new ParagraphScan(view, start, end, sentences, open);
        scan.Run();
    }

    private enum Family : byte
    {
        None,
        Guillemet,
        SingleGuillemet,
        DoubleQuote,
        SingleQuote,
        Parenthesis,
        SquareBracket,
        Brace,
    }

    private static Family FamilyOf(char c) => c switch
    {
        '\u00AB' or '\u00BB' => Family.Guillemet,
        '\u2039' or '\u203A' => Family.SingleGuillemet,
        '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' => Family.DoubleQuote,
        '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' => Family.SingleQuote,
        '(' or ')' => Family.Parenthesis,
        '[' or ']' => Family.SquareBracket,
        '{' or '}' => Family.Brace,
        _ => Family.None,
    };

    private static bool IsAmbiguousQuote(Family family) => family is Family.DoubleQuote or Family.SingleQuote;

    // Left context that makes a quotation mark an opening one: a gap, an opening mark, or punctuation inside a clause.
    private static bool OpensAfter(char before) =>
        CharClass.IsSpace(before) || CharClass.IsOpeningBracket(before) || CharClass.IsClausePunctuation(before)
            || before is '-' or '\u00AB' or '\u2039';

    // Right context that makes a quotation mark a closing one: a gap, a terminator, or punctuation inside a clause.
    private static bool ClosesBefore(char after) =>
        CharClass.IsSpace(after) || CharClass.IsTerminator(after) || CharClass.IsClosingBracket(after)
            || CharClass.IsClausePunctuation(after) || after is '\u00BB' or '\u203A';

    // A chain of one- or two-letter segments joined by periods: ق.م، ص.ب، أ.د، U.S، Ph.D.
    private static bool IsLetterChain(ReadOnlySpan<char> word)
    {
        var periods = 0;
        var segmentLength = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (segmentLength is 0 or > 2)
                    return false;
                periods++;
                segmentLength = 0;
            }
            else if (char.IsLetter(c))
            {
                segmentLength++;
            }
            else
            {
                return false;
            }
        }

        return periods > 0 && segmentLength is > 0 and <= 2;
    }

    /// <summary>A quotation mark or bracket waiting for its closing mark.</summary>
    /// <param name="Family">Which marks close it.</param>
    /// <param name="Position">Where it opens in the view.</param>
    /// <param name="Embedded">
    /// It opens inside a clause (after a word, not at a sentence start or after a colon), so it quotes a title, a phrase
    /// or an aside that the clause goes on after.
    /// </param>
    private readonly record struct OpenMark(Family Family, int Position, bool Embedded);

    /// <summary>The scan of one paragraph: where the current sentence starts, the open marks, the run being decided.</summary>
    private ref struct ParagraphScan
    {
        private readonly string _view;
        private readonly int _start;
        private readonly int _end;
        private readonly List<(int Start, int End)> _sentences;
        private readonly Span<OpenMark> _open;
        private readonly bool _isHeadline;
        private int _openCount;
        private int _sentenceStart;
        private int _contentCheckedTo;
        private bool _hasContent;

        // The terminator run being decided: its terminators, whether it ends with a closing mark, the mark it closed last.
        private int _periods;
        private int _ellipses;
        private int _questionsAndExclamations;
        private bool _endsWithMark;
        private bool _hasLastClosed;
        private OpenMark _lastClosed;
        private bool _lastClosedHoldsOnlyTerminators;

        public ParagraphScan(string view, int start, int end, List<(int Start, int End)> sentences, Span<OpenMark> open)
        {
            _view = view;
            _start = start;
            _end = end;
            _sentences = sentences;
            _open = open;
            _sentenceStart = start;
            _contentCheckedTo = start;
            _isHeadline = !HasFinalTerminator();
        }

        public void Run()
        {
            var firstSentence = _sentences.Count;
            var i = _start;
            while (i < _end)
            {
                var offset = _view.AsSpan(i, _end - i).IndexOfAny(Events);
                if (offset < 0)
                    break;
                i += offset;
                if (!CharClass.IsTerminator(_view[i]))
                {
                    TrackMark(i);
                    i++;
                    continue;
                }

                var runStart = i;
                i = ScanRun(i);
                if (i < _end && HasContentBefore(runStart) && Breaks(runStart, i))
                {
                    Add(_sentenceStart, i);
                    _sentenceStart = i;
                    _contentCheckedTo = i;
                    _hasContent = false;
                }
            }

            AddLast(firstSentence);
        }

        // Convention 6 needs to know whether the paragraph ends in a terminator other than '..'. A trailing credit in
        // brackets after the last sentence, like (يتبع), is looked past.
        private readonly bool HasFinalTerminator()
        {
            var p = SkipBackClosingMarks(SkipBackTrailingCredit(_end));
            var run = 0;
            var periodsOnly = true;
            while (p > _start && CharClass.IsTerminator(_view[p - 1]))
            {
                run++;
                periodsOnly &= _view[p - 1] == '.';
                p--;
            }

            return run > 0 && !(run == 2 && periodsOnly);
        }

        private readonly int SkipBackTrailingCredit(int end)
        {
            var p = end;
            while (p > _start && CharClass.IsSpace(_view[p - 1]))
                p--;
            if (p == _start || _view[p - 1] != ')')
                return end;
            var limit = Math.Max(_start, p - MaxTrailingCreditLength);
            for (var q = p - 2; q >= limit; q--)
            {
                if (_view[q] == '(')
                    return q;
                if (CharClass.IsTerminator(_view[q]))
                    return end;
            }

            return end;
        }

        private readonly int SkipBackClosingMarks(int p)
        {
            while (p > _start && (CharClass.IsSpace(_view[p - 1]) || CharClass.IsQuoteMark(_view[p - 1]) || CharClass.IsClosingBracket(_view[p - 1])))
                p--;
            return p;
        }

        private bool HasContentBefore(int runStart)
        {
            for (var k = Math.Max(_contentCheckedTo, _sentenceStart); k < runStart && !_hasContent; k++)
                _hasContent = char.IsLetterOrDigit(_view[k]);
            _contentCheckedTo = runStart;
            return _hasContent;
        }

        private void TrackMark(int p)
        {
            var c = _view[p];
            var family = FamilyOf(c);
            if (family == Family.None)
                return;
            if (CharClass.IsOpeningBracket(c))
            {
                Push(family, p);
                return;
            }

            if (CharClass.IsClosingBracket(c))
            {
                Close(family, p);
                return;
            }

            var before = p > _start ? _view[p - 1] : ' ';
            var after = p + 1 < _end ? _view[p + 1] : ' ';

            // An apostrophe inside a word (l'Habitat, Macy's) is no quotation mark.
            if (family == Family.SingleQuote && char.IsLetter(before) && char.IsLetter(after))
                return;

            var opensHere = OpensAfter(before);
            var closesHere = ClosesBefore(after);
            bool opens;
            if (c is '\u00AB' or '\u2039')
                opens = !(closesHere && !opensHere && IsOpen(family, _start));
            else if (c is '\u00BB' or '\u203A')
                opens = opensHere && !closesHere && !IsOpen(family, _start);
            else if (opensHere != closesHere)
                opens = opensHere;
            else
                opens = !IsOpen(family, _start);

            if (opens)
                Push(family, p);
            else
                Close(family, p);
        }

        private void Push(Family family, int position)
        {
            if (_openCount == _open.Length)
            {
                _open[1..].CopyTo(_open);
                _openCount--;
            }

            _open[_openCount++] = new OpenMark(family, position, IsEmbedded(position));
        }

        private void Close(Family family, int position)
        {
            for (var k = _openCount - 1; k >= 0; k--)
            {
                if (_open[k].Family != family)
                    continue;
                _lastClosed = _open[k];
                _hasLastClosed = true;
                _lastClosedHoldsOnlyTerminators = HoldsOnlyTerminators(_lastClosed.Position + 1, position);
                _openCount = k;
                return;
            }

            _hasLastClosed = false;
        }

        private readonly bool IsOpen(Family family, int openedSince)
        {
            for (var k = _openCount - 1; k >= 0; k--)
            {
                if (_open[k].Family == family && _open[k].Position >= openedSince)
                    return true;
            }

            return false;
        }

        // Where the spaces before `position` start (at most MaxGap of them, within the sentence), or -1 past MaxGap.
        private readonly int AfterTextBefore(int position)
        {
            var p = position;
            var gap = 0;
            while (p > _sentenceStart && CharClass.IsSpace(_view[p - 1]))
            {
                if (++gap > MaxGap)
                    return -1;
                p--;
            }

            return p;
        }

        private readonly bool IsEmbedded(int position)
        {
            var p = AfterTextBefore(position);
            if (p < 0 || p <= _sentenceStart)
                return false;
            var before = _view[p - 1];
            return before != ':' && !CharClass.IsTerminator(before);
        }

        // (...) [...] (!) (؟): a bracket around terminators alone marks an omission or a comment, not a sentence.
        private readonly bool HoldsOnlyTerminators(int from, int to)
        {
            if (to <= from || to - from > MaxOmissionLength)
                return false;
            var terminators = 0;
            for (var k = from; k < to; k++)
            {
                if (CharClass.IsTerminator(_view[k]))
                    terminators++;
                else if (!CharClass.IsSpace(_view[k]))
                    return false;
            }

            return terminators > 0;
        }

        // The terminators from i on, the closing marks after them (also one space away, « … . »), and terminators after
        // those (؟».): the whole run ends a sentence or none of it does.
        private int ScanRun(int i)
        {
            _periods = 0;
            _ellipses = 0;
            _questionsAndExclamations = 0;
            _hasLastClosed = false;
            var j = i;
            while (true)
            {
                while (j < _end && CharClass.IsTerminator(_view[j]))
                {
                    switch (_view[j])
                    {
                        case '.' or '\u06D4':
                            _periods++;
                            break;
                        case '\u2026':
                            _ellipses++;
                            break;
                        default:
                            _questionsAndExclamations++;
                            break;
                    }

                    j++;
                }

                var marksEnd = ConsumeClosingMarks(j);
                _endsWithMark = marksEnd > j;
                if (!_endsWithMark || marksEnd >= _end || !CharClass.IsTerminator(_view[marksEnd]))
                    return marksEnd;
                j = marksEnd;
            }
        }

        private int ConsumeClosingMarks(int j)
        {
            while (j < _end)
            {
                if (ClosesAfterTerminator(j, out var family))
                {
                    Close(family, j);
                    j++;
                    continue;
                }

                if (j + 1 < _end && CharClass.IsSpace(_view[j]) && ClosesOneSpaceAfterTerminator(j + 1, out family))
                {
                    Close(family, j + 1);
                    j += 2;
                    continue;
                }

                break;
            }

            return j;
        }

        // Right after a terminator, a quotation mark closes unless a word follows it that it opens ("نعم."لا).
        private readonly bool ClosesAfterTerminator(int p, out Family family)
        {
            var c = _view[p];
            family = FamilyOf(c);
            if (CharClass.IsClosingBracket(c) || c is '\u00BB' or '\u203A')
                return true;
            if (family is Family.None or Family.Parenthesis or Family.SquareBracket or Family.Brace)
                return false;
            var after = p + 1 < _end ? _view[p + 1] : ' ';
            if (c is '\u00AB' or '\u2039')
                return ClosesBefore(after) && IsOpen(family, _start);
            return ClosesBefore(after) || CharClass.IsQuoteMark(after) || IsOpen(family, _sentenceStart);
        }

        // A closing mark one space after the terminator belongs to the sentence when it closes a mark open in it.
        private readonly bool ClosesOneSpaceAfterTerminator(int p, out Family family)
        {
            var c = _view[p];
            family = FamilyOf(c);
            var after = p + 1 < _end ? _view[p + 1] : ' ';
            if (!ClosesBefore(after) && !CharClass.IsQuoteMark(after))
                return false;
            if (CharClass.IsClosingBracket(c) || c is '\u00BB' or '\u203A')
                return IsOpen(family, _start);
            return IsAmbiguousQuote(family) && IsOpen(family, _sentenceStart);
        }

        private readonly bool Breaks(int runStart, int runEnd)
        {
            var next = runEnd;
            if (!CharClass.IsSpace(_view[next]))
            {
                if (!CanStartGluedSentence(next) || !EndsWordBeforeGluedTerminator(runStart))
                    return false;
            }
            else
            {
                var gap = 0;
                while (next < _end && CharClass.IsSpace(_view[next]))
                {
                    if (++gap > MaxGap)
                        return true;
                    next++;
                }

                if (next >= _end)
                    return false;
            }

            if (CharClass.IsClausePunctuation(_view[next]))
                return false;
            if (_endsWithMark)
            {
                if (_hasLastClosed && _lastClosedHoldsOnlyTerminators)
                    return _questionsAndExclamations > 0 && StartsNewClause(next);
                return QuotationEndBreaks(next);
            }

            if (_questionsAndExclamations > 0)
                return true;
            if (_ellipses == 0 && _periods == 1)
                return !IsAbbreviation(runStart, next) && !IsListMarker(runStart) && !ContinuesLatinText(runStart, next);
            if (_ellipses == 0 && _periods == 2)
                return !_isHeadline;
            return !InterruptsIncompleteClause(runStart, next);
        }

        // Glued to what follows, a terminator ends a sentence only before an Arabic word or an opening quotation mark.
        private readonly bool CanStartGluedSentence(int p)
        {
            var c = _view[p];
            if (CharClass.IsArabicLetter(c) || c is '\u00AB' or '(')
                return true;
            return CharClass.IsQuoteMark(c) && p + 1 < _end && CharClass.IsArabicLetter(_view[p + 1]);
        }

        // ...and only after a word of two or more letters, a number or a closing mark: the periods of ق.م and ص.ب
        // follow one letter.
        private readonly bool EndsWordBeforeGluedTerminator(int runStart)
        {
            if (runStart == _start)
                return false;
            var before = _view[runStart - 1];
            if (char.IsLetter(before))
                return runStart - 1 > _start && char.IsLetter(_view[runStart - 2]);
            if (CharClass.IsDigit(before))
                return !IsListMarker(runStart);
            return true;
        }

        private readonly bool IsAbbreviation(int period, int next)
        {
            var wordStart = period;
            while (wordStart > _start && (char.IsLetterOrDigit(_view[wordStart - 1]) || _view[wordStart - 1] == '.'))
            {
                if (period - wordStart >= MaxWordLength)
                    return false;
                wordStart--;
            }

            if (wordStart == period)
                return false;
            var word = _view.AsSpan(wordStart, period - wordStart);
            if (!char.IsLetter(word[^1]))
                return false;
            if (Abbreviations.Contains(word) || IsLetterChain(word))
                return true;

            // An initial after the conjunction: ور. الشامي.
            if (word.Length == 2 && word[0] is '\u0648' or '\u0641' && CharClass.IsArabicLetter(word[1]))
                word = word[1..];
            if (word.Length != 1)
                return false;
            if (Abbreviations.Contains(word))
                return true;

            // Any other single letter is an initial only before a name or another initial; an Arabic word never ends in
            // one letter, so before an Arabic word that opens no new clause it is an initial too.
            var following = _view[next];
            return CharClass.IsArabicLetter(word[0])
                ? !StartsNewClause(next)
                : CharClass.IsLatinLetter(following) && char.IsUpper(following);
        }

        // Digits and a period at a sentence start or after a colon or comma number an item: 1. ... 2. ...
        private readonly bool IsListMarker(int period)
        {
            var digitsStart = period;
            while (digitsStart > _start && char.IsAsciiDigit(_view[digitsStart - 1]))
            {
                if (period - digitsStart >= 3)
                    return false;
                digitsStart--;
            }

            if (digitsStart == period)
                return false;
            var p = AfterTextBefore(digitsStart);
            if (p < 0)
                return false;
            if (p <= _sentenceStart)
                return true;

            // After a colon or comma, but not one between digits: 21:30. is a time, 2,5. a number.
            return CharClass.IsClausePunctuation(_view[p - 1]) && !(p - 1 > _start && CharClass.IsDigit(_view[p - 2]));
        }

        // vs. the, approx. two: a Latin period before a lower-case Latin word abbreviates.
        private readonly bool ContinuesLatinText(int period, int next) =>
            period > _start && CharClass.IsLatinLetter(_view[period - 1])
                && CharClass.IsLatinLetter(_view[next]) && char.IsLower(_view[next]);

        // After a quotation or bracket that ends in a terminator, the sentence goes on when the quotation's speaker
        // follows, when the clause it is part of goes on (a preposition, a subordinator, a participle like مضيفا), or
        // when the quotation sits inside a clause (a title, an object) that follows without a conjunction.
        private readonly bool QuotationEndBreaks(int next)
        {
            var word = WordAt(next);
            if (IsSpeakerCue(word) || ClauseContinuations.Contains(word) || IsCircumstantialParticiple(word))
                return false;
            if (StartsNewClause(next))
                return true;
            return !(_hasLastClosed && _lastClosed.Embedded);
        }

        // An ellipsis ends the sentence unless the clause before it is incomplete: it stops on a preposition or particle,
        // or a complementizer opened it a few words back, and the next word opens no new clause.
        private readonly bool InterruptsIncompleteClause(int runStart, int next)
        {
            if (!CharClass.IsArabicLetter(_view[next]) || StartsNewClause(next))
                return false;
            var wordStart = runStart;
            var word = WordBefore(ref wordStart);
            if (word.IsEmpty)
                return false;
            if (FunctionWords.Contains(word))
                return true;
            for (var n = 0; n < MaxClauseWords; n++)
            {
                word = WordBefore(ref wordStart);
                if (word.IsEmpty)
                    return false;
                if (PredicateOpeners.Contains(word) || (word.Length > 2 && word[0] is '\u0648' or '\u0641' && PredicateOpeners.Contains(word[1..])))
                    return true;
            }

            return false;
        }

        private static bool IsSpeakerCue(ReadOnlySpan<char> word)
        {
            if (SpeakerCues.Contains(word))
                return true;
            foreach (var pronoun in ObjectPronouns)
            {
                if (word.Length - pronoun.Length >= 2 && word.EndsWith(pronoun, StringComparison.Ordinal) && SpeakerCues.Contains(word[..^pronoun.Length]))
                    return true;
            }

            return false;
        }

        // An active participle in the accusative (مضيفا، مؤكدا، متسائلا) describes how the subject spoke or acted: the
        // clause goes on. The length bound keeps out short words of the same shape, like ماذا.
        private static bool IsCircumstantialParticiple(ReadOnlySpan<char> word) =>
            word.Length >= 5 && word[0] == '\u0645' && word[^1] == '\u0627';

        // و، ف (as conjunctions) and ثم open a new clause.
        private readonly bool StartsNewClause(int p)
        {
            var word = WordAt(p);
            if (word.IsEmpty || !CharClass.IsArabicLetter(word[0]))
                return false;
            if (word.SequenceEqual("ثم"))
                return true;
            return word[0] is '\u0648' or '\u0641' && !ContinuingWords.Contains(word);
        }

        private readonly ReadOnlySpan<char> WordAt(int p)
        {
            var e = p;
            while (e < _end && char.IsLetter(_view[e]) && e - p <= MaxWordLength)
                e++;
            return _view.AsSpan(p, e - p);
        }

        // The word (letters or digits) before position p within the current sentence, skipping spaces; p moves to its
        // start. Empty when punctuation comes first.
        private readonly ReadOnlySpan<char> WordBefore(ref int p)
        {
            var gap = 0;
            while (p > _sentenceStart && CharClass.IsSpace(_view[p - 1]))
            {
                if (++gap > MaxGap)
                    return default;
                p--;
            }

            var wordEnd = p;
            while (p > _sentenceStart && char.IsLetterOrDigit(_view[p - 1]) && wordEnd - p < MaxWordLength)
                p--;
            return _view.AsSpan(p, wordEnd - p);
        }

        private readonly void Add(int start, int end)
        {
            var (s, e) = ParagraphSplitter.Trim(_view, start, end);
            if (e > s)
                _sentences.Add((s, e));
        }

        // The rest of the paragraph is the last sentence; without a letter or digit it joins the one before.
        private readonly void AddLast(int firstSentence)
        {
            var (s, e) = ParagraphSplitter.Trim(_view, _sentenceStart, _end);
            if (e <= s)
                return;
            var hasContent = false;
            for (var k = s; k < e && !hasContent; k++)
                hasContent = char.IsLetterOrDigit(_view[k]);
            if (!hasContent && _sentences.Count > firstSentence)
                _sentences[^1] = (_sentences[^1].Start, e);
            else
                _sentences.Add((s, e));
        }
    }

    /// <summary>A frozen set of words compared by <see cref="CharClass.FoldLetter"/>, looked up without allocating.</summary>
    private sealed class WordSet
    {
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public WordSet(IEnumerable<string> words) =>
            _lookup = words.Select(Fold).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public bool Contains(ReadOnlySpan<char> word)
        {
            if (word.IsEmpty || word.Length > MaxWordLength)
                return false;
            Span<char> folded = stackalloc char[MaxWordLength];
            for (var k = 0; k < word.Length; k++)
                folded[k] = CharClass.FoldLetter(word[k]);
            return _lookup.Contains(folded[..word.Length]);
        }

        private static string Fold(string word) => string.Create(word.Length, word, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
                span[k] = CharClass.FoldLetter(source[k]);
        });
    }
}
