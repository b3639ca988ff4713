using System.Text.Json;
using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.EndToEnd;

/// <summary>The seed article's fifteen gold quotations, each found and attributed to its gold speaker.</summary>
public class SeedQuotationTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    [Fact]
    public void Seed_article_gives_every_gold_quote_with_its_speaker_and_no_scare_quote()
    {
        var text = File.ReadAllText(SharedData.PathOf("eval", "dev", "seed-kremlin-summit.txt"));
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("eval", "dev", "seed-kremlin-summit.json")));
        var article = Extractor.Extract(text);
        var mentions = gold.RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => (Span: new TextSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()), Ref: e.GetProperty("ref").GetString()))
            .ToList();

        var goldQuotes = gold.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(15, goldQuotes.Count);
        Assert.Equal(15, article.Quotes.Count);
        foreach (var goldQuote in goldQuotes)
        {
            var span = new TextSpan(goldQuote.GetProperty("start").GetInt32(), goldQuote.GetProperty("end").GetInt32());
            var found = article.Quotes.MaxBy(q => Overlap(q.Content, span))!;
            Assert.True(Overlap(found.Content, span) * 2 >= span.Length, $"missed: {goldQuote.GetProperty("text").GetString()}");
            var speaker = Assert.IsType<Attribution>(found.Speaker);
            var named = mentions.Where(m => m.Span.Overlaps(speaker.Span)).MaxBy(m => Overlap(m.Span, speaker.Span));
            Assert.Equal(goldQuote.GetProperty("speaker").GetString(), named.Ref);
        }

        var everyQuote = article.Quotes.Concat(article.Quotes.SelectMany(q => q.Nested));
        Assert.DoesNotContain(everyQuote, q => article.GetText(q.Content) == "القمة المناخية");
        var rules = article.Quotes.Select(q => q.Speaker!.Rule).ToHashSet();
        Assert.Superset(new HashSet<AttributionRule> { AttributionRule.Headline, AttributionRule.Explicit, AttributionRule.Carried, AttributionRule.Nominal, AttributionRule.Document }, rules);
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}
