using System.Buffers;
using System.Collections.Frozen;
using ArabicNews.Extraction.Normalization;
using LuceneArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;

namespace ArabicNews.Extraction.Entities;

/// <summary>
/// Finds entity mentions in a segmented document: the <see cref="EntityTagger"/> tags each sentence (with the
/// gazetteer's matches among its features), and the gazetteer's matches that the tagger left untagged are added.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A mention covers the name only: the first token's proclitics (و+بايدن) and a leading
/// person title (الرئيس + فلاديمير بوتين) stay outside, the article ال inside (الكرملين).
/// </remarks>
internal sealed class EntityRecognizer
{
    // Matching forms of the original words without folding ى into ي (as tokens' normalized forms do): على is a
    // preposition, علي a name.
    private static readonly ArabicNormalizer FunctionWordForm = new(NormalizationRules.Matching & ~NormalizationRules.AlefMaksura);

    private static readonly FrozenSet<string> FunctionWords =
        LuceneArabicAnalyzer.DefaultStopSet.Select(FunctionWordForm.Normalize).ToFrozenSet(StringComparer.Ordinal);

    private readonly Gazetteer _gazetteer;
    private readonly EntityTagger? _tagger;
    private readonly bool _includesMisc;

    /// <summary>A recognizer with the built-in tagger, loaded on first use, reporting every type.</summary>
    public EntityRecognizer(Gazetteer gazetteer)
        : this(gazetteer, null)
    {
    }

    /// <summary>A recognizer with <paramref name="tagger"/>, or the built-in tagger when it is null.</summary>
    /// <param name="gazetteer">The known entities.</param>
    /// <param name="tagger">The tagger; the built-in one when null.</param>
    /// <param name="includesMisc">Whether the tagger's MISC mentions are reported; the tagger tags them either way, so
    /// that they are not mistaken for other types.</param>
    public EntityRecognizer(Gazetteer gazetteer, EntityTagger? tagger, bool includesMisc = true)
    {
        _gazetteer = gazetteer;
        _tagger = tagger;
        _includesMisc = includesMisc;
    }

    private EntityTagger Tagger => _tagger ?? EntityTagger.BuiltIn;

    /// <summary>The mentions in text order, without overlaps.</summary>
    public IReadOnlyList<MentionCandidate> Recognize(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var gazetteerMatches = _gazetteer.Match(document);
        if (document.Tokens.Length == 0)
            return [];

        var tagger = Tagger;
        var features = tagger.Features.Prepare(document, gazetteerMatches);
        var modelMentions = new List<MentionCandidate>();
        var buffer = new FeatureBuffer();
        var tags = ArrayPool<int>.Shared.Rent(document.Tokens.Length);
        var probabilities = ArrayPool<float>.Shared.Rent(document.Tokens.Length);
        try
        {
            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sentence.TokenCount == 0)
                    continue;
                var first = sentence.FirstToken;
                tagger.Tag(
                    features, first, sentence.TokenCount, buffer,
                    tags.AsSpan(first, sentence.TokenCount), probabilities.AsSpan(first, sentence.TokenCount));
                CollectMentions(document, features, tagger.Features.Triggers, _gazetteer.Titles, first, sentence.TokenCount, tags, probabilities, _includesMisc, modelMentions);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tags);
            ArrayPool<float>.Shared.Return(probabilities);
        }

        return Combine(document, modelMentions, _gazetteer.Resolve(document, gazetteerMatches));
    }

    /// <summary>
    /// Reads the mentions off a sentence's tags: a <c>B-X</c> and the <c>I-X</c> after it. Each mention's confidence is
    /// the lowest probability among its tokens' tags.
    /// </summary>
    private static void CollectMentions(
        Document document, DocumentFeatures features, EntityTriggers triggers, TitleLexicon titles, int first, int count, int[] tags,
        float[] probabilities, bool includesMisc, List<MentionCandidate> mentions)
    {
        var end = first + count;
        var t = first;
        while (t < end)
        {
            if (!EntityTags.IsBegin(tags[t]))
            {
                t++;
                continue;
            }

            var type = EntityTags.TypeOf(tags[t]);
            var last = t;
            var confidence = probabilities[t];
            while (last + 1 < end && tags[last + 1] == EntityTags.Inside(type))
            {
                last++;
                confidence = Math.Min(confidence, probabilities[last]);
            }

            if (type == EntityType.Misc && !includesMisc)
            {
                t = last + 1;
                continue;
            }

            var start = t;
            if (type == EntityType.Person && last > start)
                start += Math.Min(last - start, triggers.LengthStartingAt(features.WordKeys, features.BareKeys, start, last, TriggerCategory.PersonTitle));
            start = AfterTitles(document, titles, type, start, last);
            if (type == EntityType.Person && start > first && EndsCompoundName(document.Tokens[start - 1], document.Tokens[start]))
                start--;
            var next = last + 1;
            while (start <= last && IsFunctionWord(document, start))
                start++;
            for (var i = start + 1; i <= last && type == EntityType.Person; i++)
            {
                if (IsFunctionWord(document, i))
                    last = i - 1;
            }

            while (last >= start && IsFunctionWord(document, last))
                last--;
            if (start > last)
            {
                t = next;
                continue;
            }

            mentions.Add(ModelMention(document, start, last - start + 1, type, confidence, NameStart(document.Tokens[start], features.ProcliticLength(start))));
            t = next;
        }
    }

    /// <summary>
    /// Merges the tagger's mentions with the gazetteer's resolved matches (its ambiguity policy has already dropped the
    /// doubtful ones). A match with exactly a tagged mention's tokens confirms it and names the known entity, whose type
    /// the lexicon fixes. A longer match that holds a tagged mention replaces it (the tagger found part of a name the
    /// lexicon knows whole: فلاديمير + بوتين). A known person's name that ends a tagged person mention is the name, the
    /// words before it a description the tagger swept in (السجين + نيلسون مانديلا). A match that overlaps no tagged
    /// mention is added: the lexicon is written
    /// from facts, and its doubtful one-word spellings never get here. Any other overlap yields to the tagger.
    /// </summary>
    private static List<MentionCandidate> Combine(Document document, List<MentionCandidate> modelMentions, List<GazetteerMatch> gazetteerMatches)
    {
        var combined = new List<MentionCandidate>(modelMentions.Count + gazetteerMatches.Count);
        var m = 0;
        var g = 0;
        while (m < modelMentions.Count || g < gazetteerMatches.Count)
        {
            var mention = m < modelMentions.Count ? modelMentions[m] : null;
            if (g < gazetteerMatches.Count && (mention is null || gazetteerMatches[g].FirstToken + gazetteerMatches[g].TokenCount <= mention.FirstToken))
            {
                combined.Add(GazetteerMention(gazetteerMatches[g++]));
                continue;
            }

            var mentionEnd = mention!.FirstToken + mention.TokenCount;
            GazetteerMatch? confirmed = null;
            GazetteerMatch? longer = null;
            while (g < gazetteerMatches.Count && gazetteerMatches[g].FirstToken < mentionEnd)
            {
                var match = gazetteerMatches[g++];
                var matchEnd = match.FirstToken + match.TokenCount;
                if (match.FirstToken == mention.FirstToken && match.TokenCount == mention.TokenCount)
                    confirmed = match;
                else if (mention.Type == EntityType.Person && match.Entity.Type == EntityType.Person && matchEnd == mentionEnd)
                    confirmed = match;
                else if (match.FirstToken <= mention.FirstToken && matchEnd >= mentionEnd)
                    longer = match;
            }

            m++;
            if (longer is { } whole)
            {
                combined.Add(GazetteerMention(whole));
                var wholeEnd = whole.FirstToken + whole.TokenCount;
                while (m < modelMentions.Count && modelMentions[m].FirstToken < wholeEnd)
                    m++;
            }
            else if (confirmed is { } match)
            {
                combined.Add(GazetteerMention(match) with { Confidence = mention.Confidence, Source = MentionSource.ModelAndGazetteer });
            }
            else
            {
                combined.Add(mention);
            }
        }

        return combined;
    }

    /// <summary>
    /// Where a mention of tokens <c>[start, last]</c> starts once the titles and generic heads that the JSON contract
    /// leaves outside names are skipped: a person's titles and honorifics (at least one word is left), an organization's
    /// or place's generic heads (حزب، وكالة، مدينة) as long as two words are left, since with one left the head is
    /// usually part of the name (حزب الله، جبهة البوليساريو).
    /// </summary>
    private static int AfterTitles(Document document, TitleLexicon titles, EntityType type, int start, int last)
    {
        var wordsLeft = type == EntityType.Person ? 1 : 2;
        while (titles.TryMatchAt(document, start, last + 1, out var title) && StaysOutside(type, title.Kind)
            && last + 1 - start - title.TokenCount >= wordsLeft)
        {
            start += title.TokenCount;
        }

        return start;
    }

    private static bool StaysOutside(EntityType type, TitleKind kind) => type switch
    {
        EntityType.Person => kind is TitleKind.Person or TitleKind.Honorific,
        EntityType.Organization => kind == TitleKind.Organization,
        EntityType.Location => kind == TitleKind.Location,
        _ => false,
    };

    // A person's name never starts with the second half of a compound given name: the word before belongs to it
    // (نجم + الدين، عبد + الرحمن).
    private static bool EndsCompoundName(Token before, Token token) =>
        before.Kind == TokenKind.ArabicWord
        && (token.Normalized.AsSpan(token.Proclitics.Length) is "الدين" || before.Normalized.AsSpan(before.Proclitics.Length) is "عبد");

    // A name neither starts nor ends with a function word (أن، على، في، الذي ...), and a person's name holds none: the
    // tagger's mention sometimes runs on into the complementizer or preposition after a name (وأوضح فلان بأن، وفقا لفلان
    // فإن ...). Lucene's Arabic stopwords are such words.
    private static bool IsFunctionWord(Document document, int token) =>
        FunctionWords.Contains(FunctionWordForm.Normalize(document.Tokens[token].Span.GetText(document.Text)));

    // A name never takes the future marker س, which only attaches to verbs: سيرجي is a name, not س + يرجي.
    private static int NameStart(Token token, int proclitics)
    {
        var future = token.Normalized.AsSpan(0, proclitics).IndexOf('س');
        return future < 0 ? proclitics : future;
    }

    private static MentionCandidate GazetteerMention(GazetteerMatch match) =>
        new(match.FirstToken, match.TokenCount, match.Span, match.Entity.Type, 1.0, MentionSource.Gazetteer, match.Entity);

    /// <summary>The tagger's mention of tokens <c>[first, first + count)</c>, whose name starts after <paramref name="proclitics"/> letters of the first.</summary>
    private static MentionCandidate ModelMention(Document document, int first, int count, EntityType type, double confidence, int proclitics)
    {
        var token = document.Tokens[first];
        var start = proclitics == 0 ? token.Span.Start
            : proclitics == token.Proclitics.Length ? token.Proclitic.End
            : document.View.Map.ToOriginalEnd(token.ViewStart + proclitics);
        var span = new TextSpan(start, document.Tokens[first + count - 1].Span.End);
        return new MentionCandidate(first, count, span, type, confidence, MentionSource.Model, null);
    }
}
