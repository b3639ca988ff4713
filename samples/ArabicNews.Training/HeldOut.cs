using ArabicNews.Extraction.Entities;

namespace ArabicNews.Training;

/// <summary>Scores the recognizer's mentions on labeled documents, exactly as they would reach the article.</summary>
internal static class HeldOut
{
    /// <summary>Scores <paramref name="documents"/>; lists each sentence's misses on <paramref name="errors"/> when given.</summary>
    public static SpanScorer Score(IEnumerable<LabeledDocument> documents, EntityRecognizer recognizer, TextWriter? errors = null)
    {
        var scorer = new SpanScorer();
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
