using static ArabicNews.Extraction.Tests.Quotations.QuoteTestKit;

namespace ArabicNews.Extraction.Tests.Quotations;

/// <summary>How a speaker's name, read from the syntax, and the recognizer's mentions combine.</summary>
public class SpeakerMentionTests
{
    // A gazetteer that knows only the first words of a longer organization's name.
    private static readonly ArticleExtractor PartialNames = new ArticleExtractorBuilder()
        .AddEntity(EntityType.Organization, "National Authority", "الهيئة الوطنية")
        .Build();

    private static EntityType? SpeakerType(Article article, Quote quote) =>
        article.Entities.SingleOrDefault(e => e.Id == quote.Speaker!.EntityId)?.Type;

    [Fact]
    public void A_name_that_goes_on_past_an_organization_mention_keeps_its_own_span_unlinked()
    {
        var article = PartialNames.Extract("وأعلنت الهيئة الوطنية للانتخابات، في بيان، أن الوضع مستقر.");
        var quote = Single(article);
        Assert.Equal("الهيئة الوطنية للانتخابات", SpeakerOf(article, quote));
        Assert.Null(quote.Speaker!.EntityId);
    }

    [Fact]
    public void An_organization_wrapped_in_a_head_and_an_adjective_is_the_speaker()
    {
        var article = Run("وقالت صحيفة لوموند الفرنسية إن الوضع مستقر.");
        var quote = Single(article);
        Assert.Equal("لوموند", SpeakerOf(article, quote));
        Assert.Equal(EntityType.Organization, SpeakerType(article, quote));
    }

    [Fact]
    public void An_organization_whose_name_starts_with_a_title_speaks()
    {
        var article = Run("وقال النجم الساحلي في بيان إن الفريق جاهز.");
        var quote = Single(article);
        Assert.Equal("النجم الساحلي", SpeakerOf(article, quote));
        Assert.Equal(EntityType.Organization, SpeakerType(article, quote));
    }

    [Fact]
    public void A_place_that_is_the_whole_subject_speaks()
    {
        var article = Run("وقالت مصر إن الوضع مستقر.");
        var quote = Single(article);
        Assert.Equal("مصر", SpeakerOf(article, quote));
        Assert.Equal(EntityType.Location, SpeakerType(article, quote));
    }

    [Theory]
    [InlineData("قال والي سوسة إن الوضع مستقر.", "والي سوسة")]
    [InlineData("قالت بلدية تونس إن الوضع مستقر.", "بلدية تونس")]
    [InlineData("قال سفير فرنسا في تونس إن الوضع مستقر.", "سفير فرنسا")]
    [InlineData("وقال المدير الجهوي للتجارة بسوسة إن الوضع مستقر.", "المدير الجهوي للتجارة بسوسة")]
    public void A_place_inside_a_speaker_s_phrase_is_its_complement(string text, string speaker)
    {
        var article = Run(text);
        var quote = Single(article);
        Assert.Equal(speaker, SpeakerOf(article, quote));
        Assert.Null(quote.Speaker!.EntityId);
    }

    [Fact]
    public void An_organization_after_an_office_is_the_office_s_complement()
    {
        var article = Run("قال رئيس النادي الإفريقي إن الفريق جاهز.");
        var quote = Single(article);
        Assert.Equal("رئيس النادي الإفريقي", SpeakerOf(article, quote));
        Assert.Equal(AttributionRule.Nominal, quote.Speaker!.Rule);
    }

    [Fact]
    public void A_noun_in_construct_with_an_organization_after_an_office_is_part_of_the_complement()
    {
        var article = Run("وقال مدير إقليم الحرس الوطني إن الوضع مستقر.");
        var quote = Single(article);
        Assert.Equal("مدير إقليم الحرس الوطني", SpeakerOf(article, quote));
        Assert.Equal(AttributionRule.Nominal, quote.Speaker!.Rule);
    }

    [Fact]
    public void The_name_after_an_office_and_its_organization_is_the_speaker()
    {
        var article = Run("قال رئيس النادي الإفريقي عبد السلام اليونسي إن الفريق جاهز.");
        Assert.Equal("عبد السلام اليونسي", SpeakerOf(article, Single(article)));
    }

    [Fact]
    public void A_surname_after_the_full_name_is_linked_to_the_same_person()
    {
        var article = Run("قال الرئيس الأسبق المنصف المرزوقي إن الحوار ضروري.\nوأضاف المرزوقي أن الأزمة ستنتهي.");
        Assert.Equal(2, article.Quotes.Count);
        var person = Assert.Single(article.Entities, e => e.LatinName == "Moncef Marzouki");
        Assert.Equal(2, person.Mentions.Count);
        Assert.All(article.Quotes, q => Assert.Equal(person.Id, q.Speaker!.EntityId));
    }

    [Fact]
    public void A_namesake_of_a_listed_person_is_not_linked_to_them()
    {
        var article = Run("قال الوزير يوسف المرزوقي إن الحوار ضروري.\nوأضاف المرزوقي أن الأزمة ستنتهي.");
        Assert.Equal(["يوسف المرزوقي", "المرزوقي"], article.Quotes.Select(q => SpeakerOf(article, q)));
        Assert.DoesNotContain(article.Entities, e => e.LatinName == "Moncef Marzouki");
    }

    [Fact]
    public void A_person_inside_the_name_is_the_speaker_and_linked()
    {
        var article = Run("وقال الرئيس الروسي فلاديمير بوتين الأحد إن المحادثات مثمرة.");
        var quote = Single(article);
        Assert.Equal("فلاديمير بوتين", SpeakerOf(article, quote));
        Assert.Equal(EntityType.Person, SpeakerType(article, quote));
    }
}
