namespace ArabicNews.Extraction.Tests.Reliability;

/// <summary>The contract checker itself: it must reject what the contract forbids, wherever in the model it sits.</summary>
public class ArticleContractTests
{
    private const string Text = "قال 😀 إن";

    [Fact]
    public void A_paragraph_past_the_end_of_the_text_is_rejected()
    {
        var article = Build(paragraphs: [new Paragraph(new TextSpan(0, Text.Length + 1), ParagraphKind.Body, 0, 0, 0, 0)]);

        var failure = Assert.Throws<InvalidOperationException>(() => ArticleContract.Check(article, Text));
        Assert.Contains("Paragraphs[0].Span", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_cue_that_splits_a_surrogate_pair_is_rejected_though_no_stage_makes_quotes_yet()
    {
        var quote = new Quote(QuoteKind.Direct, new TextSpan(0, 3), null, null, new TextSpan(4, 5), null, 0.5, []);

        var failure = Assert.Throws<InvalidOperationException>(() => ArticleContract.Check(Build(quotes: [quote]), Text));
        Assert.Contains("Quotes[0].Cue", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_quote_outside_its_quote_is_rejected()
    {
        var nested = new Quote(QuoteKind.Direct, new TextSpan(7, 9), null, null, null, null, 0.5, []);
        var quote = new Quote(QuoteKind.Direct, new TextSpan(0, 3), null, null, null, null, 0.5, [nested]);

        var failure = Assert.Throws<InvalidOperationException>(() => ArticleContract.Check(Build(quotes: [quote]), Text));
        Assert.Contains("Nested[0]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_text_that_is_not_the_input_at_its_offsets_is_rejected()
    {
        const string json = """{"title": {"start": 0, "end": 3, "text": "قول"}}""";

        Assert.Throws<InvalidOperationException>(() => ArticleContract.CheckJson(json, Text));
    }

    [Fact]
    public void Invalid_JSON_is_rejected() =>
        Assert.Throws<InvalidOperationException>(() => ArticleContract.CheckJson("{\"paragraphs\": [", Text));

    private static Article Build(Paragraph[]? paragraphs = null, Quote[]? quotes = null) =>
        new(Text, paragraphs ?? [], [], [], [], [], quotes ?? []);
}
