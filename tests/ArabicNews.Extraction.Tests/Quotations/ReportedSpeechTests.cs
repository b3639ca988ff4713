using static ArabicNews.Extraction.Tests.Quotations.QuoteTestKit;

namespace ArabicNews.Extraction.Tests.Quotations;

public class ReportedSpeechTests
{
    private const string Clause = "الأسعار ستنخفض في الأشهر المقبلة";

    [Theory]
    [InlineData("قال", "قال الخبير وليد السالمي إن ")]
    [InlineData("أكد", "أكد الخبير وليد السالمي أن ")]
    [InlineData("أشار", "وأشار الخبير وليد السالمي إلى أن ")]
    [InlineData("أوضح", "وأوضح الخبير وليد السالمي بأن ")]
    [InlineData("نفى", "ونفى الخبير وليد السالمي أن ")]
    [InlineData("لفت", "ولفت الخبير وليد السالمي إلى أن ")]
    [InlineData("كشف", "وكشف الخبير وليد السالمي عن أن ")]
    [InlineData("اعتبر", "واعتبر الخبير وليد السالمي أن ")]
    [InlineData("رأى", "ورأى الخبير وليد السالمي أن ")]
    [InlineData("حذر", "وحذر الخبير وليد السالمي من أن ")]
    [InlineData("شدد", "وشدد الخبير وليد السالمي على أن ")]
    [InlineData("أكد", "وأكدت الخبيرة ريم السالمي أن ")]
    public void Speech_verb_and_complementizer_give_the_reported_clause(string cue, string prefix)
    {
        var article = Run(prefix + Clause + ".");
        var quote = Single(article);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(Clause, ContentOf(article, quote));
        Assert.StartsWith(cue[..2], article.GetText(quote.Cue!.Value), StringComparison.Ordinal);
        Assert.EndsWith("السالمي", SpeakerOf(article, quote), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وبحسب وزير الصحة سمير الحداد، فإن الوباء تحت السيطرة.")]
    [InlineData("ووفقا لسمير الحداد فإن الوباء تحت السيطرة.")]
    public void A_source_construction_with_fa_inna_reports_the_clause_as_the_source_s(string text)
    {
        var article = Run(text);
        var quote = Single(article);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("الوباء تحت السيطرة", ContentOf(article, quote));
        Assert.Null(quote.Cue);
        Assert.EndsWith("سمير الحداد", SpeakerOf(article, quote), StringComparison.Ordinal);
    }

    [Fact]
    public void A_complementizer_with_a_pronoun_starts_the_clause_after_it()
    {
        var article = Run("وأوضح المدير كريم فارس أنه سيتم فتح المدرسة في سبتمبر.");
        Assert.Equal("سيتم فتح المدرسة في سبتمبر", ContentOf(article, Single(article)));
    }

    [Fact]
    public void Each_participial_continuation_is_a_new_quote_of_the_same_speaker()
    {
        var article = Run("وقال كريم فارس إن المدرسة ستفتح في سبتمبر، مضيفا أن الأشغال انتهت، ومؤكدا أن التلاميذ سيعودون.");
        Assert.Equal(3, article.Quotes.Count);
        Assert.Equal("المدرسة ستفتح في سبتمبر", ContentOf(article, article.Quotes[0]));
        Assert.Equal("الأشغال انتهت", ContentOf(article, article.Quotes[1]));
        Assert.Equal("التلاميذ سيعودون", ContentOf(article, article.Quotes[2]));
        Assert.Equal("مضيفا", article.GetText(article.Quotes[1].Cue!.Value));
        Assert.All(article.Quotes, q => Assert.Equal("كريم فارس", SpeakerOf(article, q)));
        Assert.Equal(AttributionRule.Carried, article.Quotes[1].Speaker!.Rule);
    }

    [Fact]
    public void A_new_speech_verb_after_a_comma_ends_the_clause()
    {
        var article = Run("وأوضح كريم فارس أن الطريق جاهز، ولفت إلى أن الافتتاح سيكون قريبا.");
        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("الطريق جاهز", ContentOf(article, article.Quotes[0]));
        Assert.Equal("الافتتاح سيكون قريبا", ContentOf(article, article.Quotes[1]));
    }

    [Fact]
    public void Coordinated_complementizers_stay_in_one_clause()
    {
        var article = Run("وأكد كريم فارس أن الطريق جاهز، وأن الافتتاح سيكون قريبا.");
        Assert.Equal("الطريق جاهز، وأن الافتتاح سيكون قريبا", ContentOf(article, Single(article)));
    }

    [Fact]
    public void A_participle_without_complementizer_ends_the_clause()
    {
        var article = Run("وحذرت الجمعية من أن المخزون سينفد قريبا، داعية المواطنين إلى التبرع.");
        Assert.Equal("المخزون سينفد قريبا", ContentOf(article, Single(article)));
    }

    [Theory]
    [InlineData("يذكر أن الطريق أغلق منذ أسبوع.")]
    [InlineData("ويشار إلى أن الطريق أغلق منذ أسبوع.")]
    [InlineData("وأعلنت الوزارة فتح الطريق قبل أن تغلقه مجددا.")]
    [InlineData("وأضافت الشركة خمسة فروع جديدة إلى شبكتها.")]
    public void Impersonal_and_subjunctive_uses_are_not_quotes(string text) => Assert.Empty(Run(text).Quotes);

    [Fact]
    public void A_partial_quote_inside_a_reported_clause_is_nested_in_it()
    {
        var article = Run("وقال كريم فارس إن الحكومة \"لن تتراجع عن الإصلاحات مهما كانت الظروف\" في المرحلة المقبلة.");
        var quote = Single(article);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("الحكومة \"لن تتراجع عن الإصلاحات مهما كانت الظروف\" في المرحلة المقبلة", ContentOf(article, quote));
        var nested = Assert.Single(quote.Nested);
        Assert.Equal("لن تتراجع عن الإصلاحات مهما كانت الظروف", ContentOf(article, nested));
    }
}
