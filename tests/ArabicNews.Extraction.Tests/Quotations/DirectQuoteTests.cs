using static ArabicNews.Extraction.Tests.Quotations.QuoteTestKit;

namespace ArabicNews.Extraction.Tests.Quotations;

public class DirectQuoteTests
{
    private const string Said = "هذه الخطة ستغير حياة الناس في القرى";

    [Theory]
    [InlineData("\"", "\"")]
    [InlineData("«", "»")]
    [InlineData("»", "«")]
    [InlineData("\u201C", "\u201D")]
    [InlineData("\u201D", "\u201C")]
    [InlineData("\u201E", "\u201C")]
    [InlineData("\u2039", "\u203A")]
    [InlineData("'", "'")]
    [InlineData("\u2018", "\u2019")]
    public void Every_mark_style_gives_the_words_inside_the_marks(string open, string close)
    {
        var article = Run($"وقال الوزير سمير الحداد: {open}{Said}{close}.");
        var quote = Single(article);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(Said, ContentOf(article, quote));
        Assert.Equal(open, article.GetText(quote.OpeningMark!.Value));
        Assert.Equal(close, article.GetText(quote.ClosingMark!.Value));
        Assert.Equal("قال", article.GetText(quote.Cue!.Value));
        Assert.Equal("سمير الحداد", SpeakerOf(article, quote));
    }

    [Theory]
    [InlineData("وقال سمير الحداد :\" " + Said + " \".")]
    [InlineData("وقال سمير الحداد: « " + Said + " ».")]
    [InlineData("وقال سمير الحداد \" " + Said + "\".")]
    public void Spaces_inside_the_marks_are_left_out_of_the_content(string text)
    {
        var article = Run(text);
        var quote = Single(article);
        Assert.Equal(Said, ContentOf(article, quote));
        Assert.Equal("سمير الحداد", SpeakerOf(article, quote));
    }

    [Fact]
    public void A_quote_of_several_sentences_is_one_quote()
    {
        var article = Run("وقالت المديرة هدى بن عمر: «بدأنا العمل. وسننهيه قبل الصيف. لا شيء سيوقفنا».");
        var quote = Single(article);
        Assert.Equal("بدأنا العمل. وسننهيه قبل الصيف. لا شيء سيوقفنا", ContentOf(article, quote));
    }

    [Fact]
    public void A_partial_quote_after_a_governed_preposition_is_a_quote()
    {
        var article = Run("وأعرب رئيس البلدية كريم فارس عن \"ارتياحه الكبير لنتائج الحملة\".");
        var quote = Single(article);
        Assert.Equal("ارتياحه الكبير لنتائج الحملة", ContentOf(article, quote));
        Assert.Equal("أعرب", article.GetText(quote.Cue!.Value));
        Assert.Equal("كريم فارس", SpeakerOf(article, quote));
    }

    [Fact]
    public void A_one_word_quote_after_a_describing_verb_is_a_quote()
    {
        var article = Run("ووصف النائب فؤاد الصيد القرار الحكومي الأخير بـ \"المتسرع\".");
        Assert.Equal("المتسرع", ContentOf(article, Single(article)));
    }

    [Theory]
    [InlineData("ودعا الرئيس إلى حضور \"المنتدى الاقتصادي\" في الخريف المقبل.")]
    [InlineData("وعرض المهرجان فيلم \"الطريق إلى البحر\" للمرة الأولى.")]
    [InlineData("وكتب المستخدمون على \"تويتر\" تعليقات كثيرة.")]
    [InlineData("\"الحركة الشعبية\" تنظم مسيرة في العاصمة")]
    [InlineData("وأطلقت الجمعية حملة \"شتاء دافئ\" لمساعدة العائلات.")]
    [InlineData("وقال الوزير في تصريح لـ\"إذاعة الساحل الجهوية بسوسة\" إن الوضع مستقر.", "الوضع مستقر")]
    [InlineData("ويطالب السكان باستقلال \"الجزيرة الخضراء\"، حسب \"صحيفة المساء\".")]
    public void Scare_quotes_titles_and_names_are_not_quotes(string text, string? reported = null)
    {
        var article = Run(text);
        Assert.DoesNotContain(article.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(reported, article.Quotes.Select(q => ContentOf(article, q)).SingleOrDefault());
    }

    [Fact]
    public void A_quote_followed_by_its_speech_verb_is_attributed_to_the_name_after_it()
    {
        var article = Run("«لم نكن مستعدين بما يكفي لهذه المباراة»، قال مدرب الفريق حسام العموري بعد اللقاء.");
        var quote = Single(article);
        Assert.Equal("قال", article.GetText(quote.Cue!.Value));
        Assert.Equal("حسام العموري", SpeakerOf(article, quote));
    }

    [Fact]
    public void A_quote_attributed_through_an_agency_belongs_to_the_person_it_cites()
    {
        var article = Run("«لن نتراجع عن قرارنا مهما كانت الضغوط»، بحسب ما نقلت وكالة الأنباء الوطنية عن الوزير يوسف المرزوقي.");
        Assert.Equal("يوسف المرزوقي", SpeakerOf(article, Single(article)));
    }

    [Theory]
    [InlineData("«الأشغال ستنطلق في مارس المقبل»، نقلا عن رئيس البلدية كريم فارس.")]
    [InlineData("«الأشغال ستنطلق في مارس المقبل»، وفقا لـ رئيس البلدية كريم فارس.")]
    [InlineData("«الأشغال ستنطلق في مارس المقبل»، طبقا لرئيس البلدية كريم فارس.")]
    [InlineData("«الأشغال ستنطلق في مارس المقبل»، حسب رئيس البلدية كريم فارس.")]
    public void A_quote_followed_by_a_source_construction_belongs_to_its_source(string text)
    {
        var article = Run(text);
        var quote = Single(article);
        Assert.Equal("الأشغال ستنطلق في مارس المقبل", ContentOf(article, quote));
        Assert.Equal("كريم فارس", SpeakerOf(article, quote));
    }

    [Fact]
    public void A_short_quote_attributed_later_in_its_sentence_is_a_quote()
    {
        var article = Run("وكان الطفل \"في حالة جيدة\" عند وصول الإسعاف، بحسب ما قال الطبيب منير الغربي.");
        var quote = Single(article);
        Assert.Equal("في حالة جيدة", ContentOf(article, quote));
        Assert.Equal("منير الغربي", SpeakerOf(article, quote));
    }

    [Fact]
    public void A_quote_inside_a_quote_is_nested()
    {
        var article = Run("وأضاف سمير الحداد: «قلت لهم: \"انتظروا قليلا\". ثم بدأنا العمل».");
        var quote = Single(article);
        Assert.Equal("قلت لهم: \"انتظروا قليلا\". ثم بدأنا العمل", ContentOf(article, quote));
        var nested = Assert.Single(quote.Nested);
        Assert.Equal("انتظروا قليلا", ContentOf(article, nested));
    }

    [Fact]
    public void A_quote_after_a_colon_without_marks_runs_to_the_sentence_end()
    {
        var article = Run("وقال رئيس الجمعية مراد التومي: نحن بحاجة إلى دعم عاجل. وتستمر الحملة حتى الشهر المقبل.");
        var quote = Single(article);
        Assert.Equal("نحن بحاجة إلى دعم عاجل", ContentOf(article, quote));
        Assert.Null(quote.OpeningMark);
    }
}
