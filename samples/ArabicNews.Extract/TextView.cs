using ArabicNews.Extraction;

namespace ArabicNews.Extract;

/// <summary>The human-readable view: title, paragraphs with their sentences, entities, quotations.</summary>
internal static class TextView
{
    public static void Write(Article article, TextWriter output)
    {
        if (article.Title is { } title)
            output.WriteLine($"Title: {article.GetText(title.Span)}");
        output.WriteLine();
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            if (paragraph.Kind == ParagraphKind.Title)
                continue;
            output.WriteLine($"[{p + 1}] {paragraph.Kind.ToString().ToLowerInvariant()}");
            var n = 1;
            foreach (var sentence in article.SentencesOf(paragraph))
                output.WriteLine($"  {n++}. {article.GetText(sentence.Span)}");
        }

        if (article.Entities.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Entities:");
            foreach (var entity in article.Entities)
            {
                var latin = entity.LatinName is null ? string.Empty : $" ({entity.LatinName})";
                var mentions = string.Join(" | ", entity.Mentions.Select(m => article.GetText(m.Span)));
                output.WriteLine($"  {entity.Id} {entity.Type}: {entity.Name}{latin} — {mentions}");
            }
        }

        if (article.Quotes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Quotes:");
            foreach (var quote in article.Quotes)
            {
                var speaker = quote.Speaker is { } s ? $"{article.GetText(s.Span)} [{s.Rule}]" : "?";
                var cue = quote.Cue is { } c ? article.GetText(c) : "-";
                output.WriteLine($"  {quote.Kind.ToString().ToLowerInvariant()} · {speaker} · {cue}: {article.GetText(quote.Content)}");
            }
        }
    }
}
