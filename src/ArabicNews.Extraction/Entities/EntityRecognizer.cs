using System.Buffers;

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
    private readonly Gazetteer _gazetteer;
    private readonly EntityTagger? _tagger;

    /// <summary>A recognizer with the built-in tagger, loaded on first use.</summary>
    public EntityRecognizer(Gazetteer gazetteer)
        : this(gazetteer, null)
    {
    }

    /// <summary>A recognizer with <paramref name="tagger"/>, or the built-in tagger when it is null.</summary>
    public EntityRecognizer(Gazetteer gazetteer, EntityTagger? tagger)
    {
        _gazetteer = gazetteer;
        _tagger = tagger;
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
                CollectMentions(document, features, tagger.Features.Triggers, first, sentence.TokenCount, tags, probabilities, modelMentions);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tags);
            ArrayPool<float>.Shared.Return(probabilities);
        }

        return Combine(document, modelMentions, gazetteerMatches);
    }

    /// <summary>
    /// Reads the mentions off a sentence's tags: a <c>B-X</c> and the <c>I-X</c> after it. Each mention's confidence is
    /// the lowest probability among its tokens' tags.
    /// </summary>
    private static void CollectMentions(
        Document document, DocumentFeatures features, EntityTriggers triggers, int first, int count, int[] tags, float[] probabilities,
        List<MentionCandidate> mentions)
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

            var start = t;
            if (type == EntityType.Person && last > start)
                start += Math.Min(last - start, triggers.LengthStartingAt(features.WordKeys, features.BareKeys, start, last, TriggerCategory.PersonTitle));
            mentions.Add(Mention(document, start, last - start + 1, type, confidence, MentionSource.Model, null, NameStart(document.Tokens[start], features.ProcliticLength(start))));
            t = last + 1;
        }
    }

    /// <summary>
    /// Merges the tagger's mentions with the gazetteer's matches. A match with exactly a tagged mention's tokens confirms
    /// it (and names the known entity, whose type the lexicon fixes). A match of two or more words that overlaps no
    /// tagged mention is added: a multi-word name is rarely anything else. A one-word match the tagger left untagged is
    /// dropped: the tagger saw it among its features and judged the context (one-word names are often ordinary words
    /// too); adding them cost 9 points of F1 on the held-out part of train.txt with a lexicon of its training part's
    /// names. A match overlapping a tagged mention otherwise yields to the tagger.
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
                var match = gazetteerMatches[g++];
                if (match.TokenCount > 1)
                    combined.Add(GazetteerMention(document, match));
                continue;
            }

            var mentionEnd = mention!.FirstToken + mention.TokenCount;
            KnownEntity? confirmed = null;
            while (g < gazetteerMatches.Count && gazetteerMatches[g].FirstToken < mentionEnd)
            {
                var match = gazetteerMatches[g++];
                if (match.FirstToken == mention.FirstToken && match.TokenCount == mention.TokenCount)
                    confirmed = match.Entity;
            }

            combined.Add(confirmed is null
                ? mention
                : GazetteerMention(document, new GazetteerMatch(mention.FirstToken, mention.TokenCount, confirmed)) with
                {
                    Confidence = mention.Confidence,
                    Source = MentionSource.ModelAndGazetteer,
                });
            m++;
        }

        return combined;
    }

    // A name never takes the future marker س, which only attaches to verbs: سيرجي is a name, not س + يرجي.
    private static int NameStart(Token token, int proclitics)
    {
        var future = token.Normalized.AsSpan(0, proclitics).IndexOf('س');
        return future < 0 ? proclitics : future;
    }

    // The gazetteer matched the first token without all the proclitics the analyzer found, so the name starts there.
    private static MentionCandidate GazetteerMention(Document document, GazetteerMatch match) =>
        Mention(document, match.FirstToken, match.TokenCount, match.Entity.Type, 1.0, MentionSource.Gazetteer, match.Entity, document.Tokens[match.FirstToken].Proclitics.Length);

    /// <summary>A mention of tokens <c>[first, first + count)</c> whose name starts after <paramref name="proclitics"/> letters of the first.</summary>
    private static MentionCandidate Mention(
        Document document, int first, int count, EntityType type, double confidence, MentionSource source, KnownEntity? known, int proclitics)
    {
        var token = document.Tokens[first];
        var start = proclitics == 0 ? token.Span.Start
            : proclitics == token.Proclitics.Length ? token.Proclitic.End
            : document.View.Map.ToOriginalEnd(token.ViewStart + proclitics);
        var span = new TextSpan(start, document.Tokens[first + count - 1].Span.End);
        return new MentionCandidate(first, count, span, type, confidence, source, known);
    }
}
