using System.Text;
using static ArabicNews.Extraction.Tests.Quotations.QuoteTestKit;

namespace ArabicNews.Extraction.Tests.Quotations;

public class UnbalancedAndParagraphTests
{
    [Fact]
    public void A_missing_closing_mark_ends_the_quote_at_the_paragraph_end_with_low_confidence_and_keeps_the_rest()
    {
        var article = Run(
            "وقال الوزير سمير الحداد: «سنبدأ الأشغال في الأسبوع المقبل\n" +
            "وفي موضوع آخر، أكد المدير كريم فارس أن المشروع سينتهي قريبا.");
        Assert.Equal(2, article.Quotes.Count);
        var unclosed = article.Quotes[0];
        Assert.Equal("سنبدأ الأشغال في الأسبوع المقبل", ContentOf(article, unclosed));
        Assert.Null(unclosed.ClosingMark);
        Assert.True(unclosed.Confidence < 0.5);
        Assert.Equal("المشروع سينتهي قريبا", ContentOf(article, article.Quotes[1]));
        Assert.Equal("كريم فارس", SpeakerOf(article, article.Quotes[1]));
    }

    [Fact]
    public void A_stray_closing_mark_opens_nothing()
    {
        var article = Run("وأضاف كريم فارس أنه يجب مراجعة القانون\". وتواصلت الجلسة حتى المساء \"دون توقف.");
        var quote = Single(article);
        Assert.Equal("يجب مراجعة القانون", ContentOf(article, quote));
    }

    [Fact]
    public void Mismatched_marks_of_one_family_still_pair()
    {
        var article = Run("وقالت هدى بن عمر: «العمل مستمر في كل المناطق”.");
        Assert.Equal("العمل مستمر في كل المناطق", ContentOf(article, Single(article)));
    }

    [Fact]
    public void A_closing_mark_in_a_later_paragraph_closes_the_quote_there()
    {
        var article = Run(
            "وقال الوزير سمير الحداد: \"بدأنا العمل منذ عامين في كل الولايات.\n" +
            "وسنواصل حتى نصل إلى كل القرى\". وانتهت الزيارة مساء.");
        var quote = Single(article);
        Assert.Equal("بدأنا العمل منذ عامين في كل الولايات.\nوسنواصل حتى نصل إلى كل القرى", ContentOf(article, quote));
        Assert.NotNull(quote.ClosingMark);
    }

    [Fact]
    public void A_quote_reopened_at_each_paragraph_is_one_quote()
    {
        var article = Run(
            "وقالت المديرة هدى بن عمر: «بدأنا العمل منذ عامين.\n" +
            "«وسنواصل حتى نصل إلى كل القرى.\n" +
            "«ولن نتوقف قبل ذلك».\n" +
            "وانتهت الزيارة مساء.");
        var quote = Single(article);
        Assert.StartsWith("بدأنا العمل", ContentOf(article, quote), StringComparison.Ordinal);
        Assert.EndsWith("ولن نتوقف قبل ذلك", ContentOf(article, quote), StringComparison.Ordinal);
        Assert.Equal("هدى بن عمر", SpeakerOf(article, quote));
    }

    [Fact]
    public void A_quote_left_open_before_a_new_cited_quote_ends_before_that_cue()
    {
        var article = Run(
            "وقال المدير إن \"التعاون بين المدينتين يعود إلى سنوات طويلة مع أول مهرجان مشترك، موضحا أن \"هذا المهرجان صار تقليدا سنويا\".");
        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("التعاون بين المدينتين يعود إلى سنوات طويلة مع أول مهرجان مشترك", ContentOf(article, article.Quotes[0]));
        Assert.Equal("هذا المهرجان صار تقليدا سنويا", ContentOf(article, article.Quotes[1]));
    }

    [Theory]
    [InlineData(10_000, "«")]
    [InlineData(10_000, "\"")]
    [InlineData(10_000, "» ")]
    [InlineData(5_000, "قال: \" ")]
    public void Thousands_of_marks_give_a_valid_article(int count, string piece)
    {
        var text = new StringBuilder().Insert(0, piece, count).Append("نهاية").ToString();
        var article = Run(text);
        foreach (var quote in article.Quotes)
            Assert.True(quote.Content.End <= text.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("«»")]
    [InlineData(":\"")]
    [InlineData("قال")]
    [InlineData("قال إن")]
    [InlineData("قال إن\"")]
    [InlineData("<p>قال \"نعم\"</p>")]
    [InlineData("\u202Bقال الوزير: «نعم»\u202C")]
    [InlineData("He said: \"yes, we will\".")]
    public void Odd_inputs_give_a_valid_article(string text)
    {
        var article = Run(text);
        foreach (var quote in article.Quotes)
            Assert.InRange(quote.Content.End, quote.Content.Start, text.Length);
    }
}
