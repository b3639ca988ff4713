using static ArabicNews.Extraction.Tests.Quotations.QuoteTestKit;

namespace ArabicNews.Extraction.Tests.Quotations;

public class SpeakerRuleTests
{
    [Theory]
    [InlineData("قال المتحدث الرسمي باسم وزارة الصحة الوطنية (الوزارة) نبيل الجزيري إن الوضع مستقر.", "نبيل الجزيري")]
    [InlineData("قال وزير الزراعة التونسي الدكتور عبد الرحمن بن صالح، في ندوة صحفية، إن الوضع مستقر.", "عبد الرحمن بن صالح")]
    [InlineData("قال رئيس بعثة البنك الدولي الى الأردن، سمير الخطيب، الاثنين، إن الوضع مستقر.", "سمير الخطيب")]
    [InlineData("قال مدرب المنتخب فريد الوسلاتي في المؤتمر الصحفي إن الوضع مستقر.", "فريد الوسلاتي")]
    [InlineData("أكد رامي الحلبي رئيس النادي الرياضي أن الوضع مستقر.", "رامي الحلبي")]
    [InlineData("وأعلنت الهيئة الوطنية للانتخابات، في بيان، أن الوضع مستقر.", "الهيئة الوطنية للانتخابات")]
    [InlineData("أكد رئيس الحكومة يوسف الشاهد، اليوم الثلاثاء، أن الوضع مستقر.", "يوسف الشاهد")]
    [InlineData("وقال الأمين العام للنقابة الوطنية نور الدين العباسي إن الوضع مستقر.", "نور الدين العباسي")]
    [InlineData("من جانبه، اعتبر النائب عن حركة الشعب عماد الخميري أن الوضع مستقر.", "عماد الخميري")]
    [InlineData("وحسب ما أفاد به المدير الجهوي للتجارة بسوسة، محمد العياري، فإن الوضع مستقر.", "محمد العياري")]
    [InlineData("قالت صحيفة \"الأخبار\" المصرية إن الوضع مستقر.", "صحيفة \"الأخبار\" المصرية")]
    [InlineData("أعلن والي القيروان كمال الدريدي، أنه تم ضبط برنامج خاص.", "كمال الدريدي")]
    [InlineData("قال رئيس الجمعية عبد السلام اليونسي إن الوضع مستقر.", "عبد السلام اليونسي")]
    [InlineData("قال الإعلامي كريم فارس إن الوضع مستقر.", "كريم فارس")]
    [InlineData("وقال نجم الدين الأحمد إن الوضع مستقر.", "نجم الدين الأحمد")]
    [InlineData("وقال المدير نجم الدين الأحمد إن الوضع مستقر.", "نجم الدين الأحمد")]
    public void Explicit_after_the_verb_skips_titles_roles_and_their_complements(string text, string speaker)
    {
        var quote = Single(Run(text));
        Assert.Equal(AttributionRule.Explicit, quote.Speaker!.Rule);
        Assert.Equal(speaker, SpeakerOf(Run(text), quote));
    }

    [Theory]
    [InlineData("وكان الوزير منصف الطرابلسي قد أكد أن الوضع مستقر.", "منصف الطرابلسي")]
    [InlineData("أما رامي الحلبي فاعتبر أن الوضع مستقر.", "رامي الحلبي")]
    [InlineData("«لن نغير شيئا في الخطة»، بحسب ما نقلت الصحيفة عن رامي الحلبي، الذي صرح بأن الوضع مستقر.", "رامي الحلبي")]
    public void Explicit_before_the_verb(string text, string speaker)
    {
        var article = Run(text);
        var quote = article.Quotes.Single(q => article.GetText(q.Content) == "الوضع مستقر");
        Assert.Equal(speaker, SpeakerOf(article, quote));
    }

    [Theory]
    [InlineData("ونقلت وكالة الأنباء الرسمية عن الوزير كريم فارس قوله إن الوضع مستقر.", "كريم فارس")]
    [InlineData("وأفاد بيان صادر عن الهيئة الوطنية للصحة بأن الوضع مستقر.", "الهيئة الوطنية للصحة")]
    public void A_relayed_or_issued_report_belongs_to_its_source(string text, string speaker)
    {
        var article = Run(text);
        var quote = Single(article);
        Assert.Equal("الوضع مستقر", ContentOf(article, quote));
        Assert.Equal(speaker, SpeakerOf(article, quote));
    }

    [Fact]
    public void Carried_takes_the_last_speaker()
    {
        var article = Run("وقال رامي الحلبي إن الملعب جاهز.\nوتابع: «سنفتحه للجمهور قريبا».");
        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal(AttributionRule.Carried, article.Quotes[1].Speaker!.Rule);
        Assert.Equal("رامي الحلبي", SpeakerOf(article, article.Quotes[1]));
    }

    [Fact]
    public void Carried_takes_a_speaker_named_by_a_speech_verb_that_quoted_nothing()
    {
        var article = Run("أعلن المدير الجهوي للصحة سامي بن علي إصابة سبعة تلاميذ.\nوأضاف أن المرضى في حالة مستقرة.");
        Assert.Equal("سامي بن علي", SpeakerOf(article, Single(article)));
    }

    [Fact]
    public void Carried_without_an_earlier_speaker_takes_an_earlier_sentence_s_subject()
    {
        var article = Run("وثمن الوزير خالد الجزيري قرار الحكومة. وأشار إلى أنه طلب تحويل الديون.");
        var quote = Single(article);
        Assert.Equal("خالد الجزيري", SpeakerOf(article, quote));
        Assert.Equal(AttributionRule.Carried, quote.Speaker!.Rule);
    }

    [Fact]
    public void A_source_construction_that_leads_back_to_its_own_verb_resolves_to_nothing()
    {
        var article = Run("وبحسب ما قال إن الاتفاق قريب.");
        Assert.Null(Single(article).Speaker);
    }

    [Fact]
    public void Carried_respects_the_gender_of_the_verb()
    {
        var article = Run(
            "قالت الوزيرة سلمى الدباغ إن المستشفى جاهز.\n" +
            "وقال المدير كريم فارس إن الأطباء وصلوا.\n" +
            "وأضافت أن الافتتاح سيكون الأحد.\n" +
            "وأضاف أن الفريق مكتمل.");
        Assert.Equal(4, article.Quotes.Count);
        Assert.Equal("سلمى الدباغ", SpeakerOf(article, article.Quotes[2]));
        Assert.Equal("كريم فارس", SpeakerOf(article, article.Quotes[3]));
    }

    [Fact]
    public void A_subject_less_verb_after_a_first_clause_takes_that_clause_s_subject()
    {
        var article = Run(
            "قال الوزير سمير الحداد إن الموسم ناجح.\n" +
            "في المقابل، أبدى رئيس الجمعية مراد التومي قلقه من الجفاف، وقال إن المحصول سيتراجع.");
        Assert.Equal("مراد التومي", SpeakerOf(article, article.Quotes[1]));
    }

    [Fact]
    public void Nominal_refers_to_the_last_speaker_the_role_fits()
    {
        var article = Run(
            "وقال وزير الخارجية المغربي أنس الفاسي إن المحادثات مثمرة.\n" +
            "من جهته، أكد نظيره الموريتاني سيدي ولد أحمد أن الاتفاق قريب.\n" +
            "وقال الوزير المغربي إن التوقيع سيتم الشهر المقبل.\n" +
            "ونفى المتحدث أن يكون هناك خلاف.");
        Assert.Equal(4, article.Quotes.Count);
        Assert.Equal(AttributionRule.Nominal, article.Quotes[2].Speaker!.Rule);
        Assert.Equal("أنس الفاسي", SpeakerOf(article, article.Quotes[2]));
    }

    [Fact]
    public void A_role_noun_does_not_refer_to_a_speaker_of_another_role_or_to_an_organization()
    {
        var article = Run(
            "وقالت وزارة الصحة في بيان إن الوضع مستقر.\n" +
            "وقال المدير الجهوي محمد العياري إن المستشفى جاهز.\n" +
            "وصرح الوزير بأن القرار نهائي.");
        Assert.Equal(3, article.Quotes.Count);
        Assert.Equal("الوزير", SpeakerOf(article, article.Quotes[2]));
        Assert.Equal(AttributionRule.Nominal, article.Quotes[2].Speaker!.Rule);
    }

    [Fact]
    public void Document_speaks_for_the_organization_that_issued_it()
    {
        var article = Run(
            "وأشار بيان صادر عن الاتحاد العام للشغل إلى أن الإضراب سيتواصل.\n" +
            "وأضاف البيان أن المفاوضات متوقفة.\n" +
            "وحسب البيان فقد أعرب الطرفان عن \"رفضهم القاطع لكل أشكال التضييق على العمل النقابي\".");
        Assert.Equal(3, article.Quotes.Count);
        Assert.All(article.Quotes, q => Assert.Equal("الاتحاد العام للشغل", SpeakerOf(article, q)));
        Assert.Equal(AttributionRule.Explicit, article.Quotes[0].Speaker!.Rule);
        Assert.Equal(AttributionRule.Document, article.Quotes[1].Speaker!.Rule);
        Assert.Equal(AttributionRule.Document, article.Quotes[2].Speaker!.Rule);
    }

    [Theory]
    [InlineData("وقال مصدر مطلع إن الاتفاق قريب.", "مصدر مطلع")]
    [InlineData("ونقلت الوكالة عن مصدر أمني أن الاتفاق قريب.", "مصدر أمني")]
    [InlineData("ونقلت الوكالة عن مصدر بالوزارة قوله إن الاتفاق قريب.", "مصدر")]
    [InlineData("وقال دبلوماسي غربي، فضل عدم ذكر اسمه، إن الاتفاق قريب.", "دبلوماسي غربي")]
    [InlineData("ويرى محللون أن الاتفاق قريب.", "محللون")]
    public void Unnamed_sources_are_speakers_without_an_entity(string text, string speaker)
    {
        var article = Run(text);
        var quote = Single(article);
        Assert.Equal(AttributionRule.UnnamedSource, quote.Speaker!.Rule);
        Assert.Null(quote.Speaker.EntityId);
        Assert.Equal(speaker, SpeakerOf(article, quote));
    }

    [Fact]
    public void A_headline_quotes_the_speaker_before_its_colon()
    {
        var article = Run(
            "نقابة الأطباء: الإضراب سيتواصل حتى تحقيق مطالبنا\n" +
            "أكدت نقابة الأطباء، الثلاثاء، أن الإضراب سيتواصل.");
        var headline = article.Quotes[0];
        Assert.Equal(QuoteKind.Direct, headline.Kind);
        Assert.Equal("الإضراب سيتواصل حتى تحقيق مطالبنا", ContentOf(article, headline));
        Assert.Equal(AttributionRule.Headline, headline.Speaker!.Rule);
        Assert.Equal("نقابة الأطباء", SpeakerOf(article, headline));
        Assert.Null(headline.Cue);
    }

    [Theory]
    [InlineData("المدير الجهوي للتجارة: الأسعار ستبقى مستقرة\nوقال المدير الجهوي للتجارة إن الأسعار ستبقى مستقرة.", "المدير الجهوي للتجارة")]
    [InlineData("المكلف بالإعلام بالبرلمان: الاستقالة نهائية\nوقال المكلف بالإعلام إن الاستقالة نهائية.", "المكلف بالإعلام بالبرلمان")]
    public void A_headline_speaker_s_title_keeps_its_complement(string text, string speaker)
    {
        var article = Run(text);
        Assert.Equal(speaker, SpeakerOf(article, article.Quotes[0]));
        Assert.Equal(AttributionRule.Headline, article.Quotes[0].Speaker!.Rule);
    }

    [Theory]
    [InlineData("سوسة : حجز كميات من السلع المهربة\nوأكد مصدر أمني أن الحجز تم ليلا.")]
    [InlineData("عاجل: انقطاع الكهرباء في العاصمة\nوقال مسؤول إن العطب سيصلح قريبا.")]
    [InlineData("حريق الغابة: إجلاء السكان من القرى المجاورة\nوقال مسؤول إن العطب سيصلح قريبا.")]
    public void Places_labels_and_topics_before_a_headline_colon_are_not_speakers(string text)
    {
        var article = Run(text);
        Assert.DoesNotContain(article.Quotes, q => q.Speaker?.Rule == AttributionRule.Headline);
    }

    [Fact]
    public void A_speaker_is_snapped_to_the_recognizer_s_mention_and_linked()
    {
        var article = Run("وقال الرئيس الروسي فلاديمير بوتين إن المحادثات مثمرة.");
        var quote = Single(article);
        Assert.EndsWith("بوتين", SpeakerOf(article, quote), StringComparison.Ordinal);
        Assert.NotNull(quote.Speaker!.EntityId);
        Assert.Contains(article.Entities, e => e.Id == quote.Speaker.EntityId);
    }
}
