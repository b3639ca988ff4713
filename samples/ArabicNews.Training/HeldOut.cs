using ArabicNews.Extraction;
using ArabicNews.Extraction.Entities;

namespace ArabicNews.Training;

/// <summary>A held-out part of the corpus and the model trained without it.</summary>
internal sealed record HeldOutPart(IReadOnlyList<LabeledDocument> Documents, TaggerModel Model);

/// <summary>Scores the recognizer's mentions on labeled documents, exactly as they would reach the article.</summary>
internal static class HeldOut
{
    /// <summary>Scores each part with its own model and the given priors, all parts together.</summary>
    public static SpanScorer Score(IEnumerable<HeldOutPart> parts, Gazetteer gazetteer, EntityFeatures features, TypePriors priors, TextWriter? errors = null)
    {
        var scorer = new SpanScorer();
        foreach (var part in parts)
            Score(part.Documents, new EntityRecognizer(gazetteer, new EntityTagger(features, part.Model.WithPriors(priors))), errors, scorer);
        return scorer;
    }

    /// <summary>
    /// Scores <paramref name="documents"/> (adding to <paramref name="scorer"/> when given); lists each sentence's misses
    /// on <paramref name="errors"/> when given.
    /// </summary>
    public static SpanScorer Score(IEnumerable<LabeledDocument> documents, EntityRecognizer recognizer, TextWriter? errors = null, SpanScorer? scorer = null)
    {
        scorer ??= new SpanScorer();
        foreach (var labeled in documents)
        {
            var text = labeled.Sentence.Text;
            var gold = labeled.Sentence.Spans();
            var predicted = new List<PredictedSpan>();
            foreach (var mention in recognizer.Recognize(labeled.Document, CancellationToken.None))
                predicted.Add(new PredictedSpan(mention.Span.Start, mention.Span.End, mention.Type));
            scorer.Add(text, gold, predicted);
            if (errors is not null)
                WriteErrors(text, gold, predicted, errors);
        }

        return scorer;
    }

    /// <summary>
    /// Each name annotated in <paramref name="documents"/> as the gazetteer matches names (the first token without its
    /// proclitics), with the type it was most often annotated with.
    /// </summary>
    public static IEnumerable<KnownEntity> AnnotatedNames(IEnumerable<LabeledDocument> documents)
    {
        var types = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var tokens = document.Document.Tokens;
            for (var t = 0; t < tokens.Length; t++)
            {
                if (!EntityTags.IsBegin(document.Tags[t]))
                    continue;
                var words = new List<string> { tokens[t].Normalized[tokens[t].Proclitics.Length..] };
                for (var i = t + 1; i < tokens.Length && EntityTags.IsInside(document.Tags[i]); i++)
                    words.Add(tokens[i].Normalized);
                var name = string.Join(' ', words);
                if (!types.TryGetValue(name, out var counts))
                    types[name] = counts = new int[4];
                counts[(int)EntityTags.TypeOf(document.Tags[t])]++;
            }
        }

        foreach (var (name, counts) in types.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            var type = (EntityType)Array.IndexOf(counts, counts.Max());
            yield return new KnownEntity(type, name, name, [name]);
        }
    }

    /// <summary>
    /// How the tagger treats a gazetteer's matches in <paramref name="documents"/>: how many matches are right (exact
    /// span and type, as gold), and how many of the right and of the wrong ones the tagger tagged the same way. A
    /// tagger that trusts the gazetteer blindly agrees with every match, wrong ones included.
    /// </summary>
    public static string GazetteerTrust(IEnumerable<LabeledDocument> documents, Gazetteer gazetteer, EntityTagger tagger)
    {
        int right = 0, wrong = 0, rightAgreed = 0, wrongAgreed = 0;
        var buffer = new FeatureBuffer();
        foreach (var labeled in documents)
        {
            var document = labeled.Document;
            var matches = gazetteer.Match(document);
            if (matches.Count == 0)
                continue;
            var prepared = tagger.Features.Prepare(document, matches);
            var tags = new int[document.Tokens.Length];
            foreach (var sentence in document.Sentences)
            {
                tagger.Tag(prepared, sentence.FirstToken, sentence.TokenCount, buffer,
                    tags.AsSpan(sentence.FirstToken, sentence.TokenCount), new float[sentence.TokenCount]);
            }

            foreach (var match in matches)
            {
                var isRight = SameEntity(labeled.Tags, match);
                var agreed = SameEntity(tags, match);
                right += isRight ? 1 : 0;
                wrong += isRight ? 0 : 1;
                rightAgreed += isRight && agreed ? 1 : 0;
                wrongAgreed += !isRight && agreed ? 1 : 0;
            }
        }

        return $"gazetteer matches: {right} right, of which the tagger agreed with {rightAgreed}; {wrong} wrong, of which the tagger agreed with {wrongAgreed}";
    }

    // True when the tags spell exactly the match's tokens as one entity of its type.
    private static bool SameEntity(int[] tags, GazetteerMatch match)
    {
        var end = match.FirstToken + match.TokenCount;
        if (tags[match.FirstToken] != EntityTags.Begin(match.Entity.Type))
            return false;
        for (var t = match.FirstToken + 1; t < end; t++)
        {
            if (tags[t] != EntityTags.Inside(match.Entity.Type))
                return false;
        }

        return end == tags.Length || tags[end] != EntityTags.Inside(match.Entity.Type);
    }

    private static void WriteErrors(string text, List<GoldSpan> gold, List<PredictedSpan> predicted, TextWriter errors)
    {
        var missed = gold.Where(g => !predicted.Any(p => SpanScorer.Matches(text, g, p))).ToList();
        var wrong = predicted.Where(p => !gold.Any(g => SpanScorer.Matches(text, g, p))).ToList();
        if (missed.Count + wrong.Count == 0)
            return;
        errors.WriteLine(text);
        foreach (var g in missed)
            errors.WriteLine($"  missed {g.Type}: {text[g.Start..g.End]}");
        foreach (var p in wrong)
            errors.WriteLine($"  wrong  {p.Type}: {text[p.Start..p.End]}");
    }
}
