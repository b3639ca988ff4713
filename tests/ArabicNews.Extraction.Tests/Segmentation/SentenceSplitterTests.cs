using System.Text;
using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction.Tests.Segmentation;

/// <summary>
/// The sentence conventions of ../shared/eval/sentences/README.md, one theory per convention, on invented news
/// sentences. In each case '|' marks a sentence boundary; the text is the case without its '|'s, and each sentence is
/// the trimmed text between two marks. The text goes through the whole extractor, so the view's rules apply (digits
/// become 0-9, tatweel and diacritics go, quotation marks stay).
/// </summary>
public class SentenceSplitterTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    [Theory]
    [InlineData("افتتحت البلدية حديقة عامة جديدة في الحي الشرقي.| وحضر الافتتاح مئات السكان.")]
    [InlineData("هل يعود المهاجم إلى الملاعب قبل نهاية الموسم؟| الطبيب المعالج يرجح ذلك.")]
    [InlineData("خمسة أهداف في شوط واحد!| هكذا أنهى الفريق موسمه.")]
    [InlineData("من يتحمل مسؤولية انقطاع المياه؟!| سؤال يتردد في كل بيت.")]
    [InlineData("ارتفعت أسعار اللحوم مجددا!!| ولم تتدخل الوزارة.")]
    [InlineData("متى تفتح المدارس أبوابها?| الوزارة لم تحدد موعدا.")]
    [InlineData("اجتمع المجلس البلدي صباحا، وناقش الميزانية؛ ثم أصدر قراره: تأجيل الجلسة إلى الخميس.")]
    public void Convention1_terminators_and_their_runs_end_sentences_commas_and_colons_do_not(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("وقال الوزير: «سنفتح المعبر غدا.»| ثم غادر المؤتمر.")]
    [InlineData("وقالت المديرة: “العام المقبل سيكون أفضل.”| وأشارت إلى خطط التوسع.")]
    [InlineData("وقال القائد: “الفريق جاهز للمواجهة.“| وغادر الملعب مسرعا.")]
    [InlineData("وقال المتحدث: « الاتفاق نهائي ولا رجعة فيه. »| ويبدأ تنفيذه الأسبوع المقبل.")]
    [InlineData("وسأل الصحفي: «متى تنتهي الأزمة؟».| ولم يتلق جوابا.")]
    [InlineData("تراجعت الصادرات هذا العام (بعد أن سجلت رقما قياسيا في العام الماضي.)| وتوقع الخبراء تحسنها.")]
    public void Convention2_closing_marks_after_a_terminator_belong_to_its_sentence(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("«هل انتهت الحرب حقا؟» سأل أحد اللاجئين مراسلنا.| ولم يجد جوابا.")]
    [InlineData("\"لن نتراجع عن مطالبنا!\" هتف الطلاب أمام مبنى الجامعة.| وانتشرت قوات الأمن في المكان.")]
    [InlineData("«الوضع تحت السيطرة تماما.» يقول مدير الأمن.| لكن السكان يشكون من غياب الدوريات.")]
    [InlineData("«نحن جاهزون للمواجهة!»، قال قائد الفريق قبل المباراة.")]
    [InlineData("نشرت الصحيفة مقالا بعنوان «إلى أين يتجه الاقتصاد؟» للكاتب عمر الصافي.| وأثار المقال جدلا واسعا.")]
    [InlineData("سألنا المرشح: «هل ستخوض الجولة الثانية؟»| فأجاب بأن القرار لم يحسم بعد.")]
    [InlineData("وقال الوزير: «الاتفاق مكسب للجميع.»| المفاوضات استغرقت عامين كاملين.")]
    [InlineData("\"ماذا تطلبون؟\" سألهم الضابط عند الحاجز.| ولم يجبه أحد.")]
    [InlineData("وتساءل العضو: «إلى متى الانتظار؟» قبل أن يغادر القاعة غاضبا.")]
    [InlineData("وقال الحارس: «قدمنا مباراة كبيرة!» مضيفا أن زملاءه يستحقون الراحة.")]
    [InlineData("وأعلنت الشركة أرباحا قياسية (!) رغم تراجع مبيعاتها في الخارج.")]
    [InlineData("وقال المسؤول إن الأسعار ستنخفض قريبا (؟)| ولم يوضح كيف سيتحقق ذلك.")]
    public void Convention3_a_quotation_ending_in_a_terminator_goes_on_when_its_speaker_or_clause_follows(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("قال المدير: «المصنع سيغلق مؤقتا.| العمال سيحصلون على رواتبهم كاملة.»| وأكد أن الإغلاق لن يطول.")]
    [InlineData("«الموسم كان صعبا على الجميع.| لكننا سنعود أقوى.» قال قائد الفريق.")]
    [InlineData("أكدت الوزيرة: \"الخطة جاهزة للتنفيذ.| وسنعلن تفاصيلها قريبا.\"| وتابعت جولتها في المدينة.")]
    [InlineData("وفاز الفريق بالمباراة.| (ولم يشارك الحارس الأساسي.| وكان قد أصيب في التدريبات.)| ويلعب الفريق مباراته المقبلة السبت.")]
    public void Convention4_a_quotation_of_several_sentences_is_split_inside(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("بحثنا عن الطريق طويلا...| ثم عثرنا عليه صدفة.")]
    [InlineData("تأخر القطار ساعتين كاملتين…| وتذمر المسافرون من غياب أي توضيح.")]
    [InlineData("ضاع محصول العام كله....| هكذا وصف المزارع خسارته.")]
    [InlineData("وأكد الخبير أن إنتاج الزيتون هذا الموسم... يفوق كل التوقعات.")]
    [InlineData("وأشار المتحدث إلى أن القرار صدر في... الأسبوع الماضي.")]
    [InlineData("وكان الطقس طوال الرحلة ... رائعا.")]
    [InlineData("وقال: «نحن لا نريد الحرب (...) لكننا سندافع عن أرضنا.»")]
    [InlineData("وجاء في الرسالة: «أطالب بحقوقي كاملة [...] ولن أتنازل عنها.»")]
    public void Convention5_ellipses_end_sentences_unless_they_interrupt_a_clause_and_omission_marks_never_do(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("الدولار يتراجع.. والذهب يواصل الارتفاع")]
    [InlineData("القاهرة.. افتتاح معرض الكتاب بمشاركة واسعة")]
    [InlineData("تراجعت مبيعات السيارات الجديدة بشكل حاد..| وعزا الوكلاء ذلك إلى ارتفاع الفوائد.")]
    public void Convention6_double_period_separates_nothing_in_a_headline_and_ends_a_sentence_in_body_text(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("التقى د. منير العلي بوفد من الأطباء المتطوعين.| وناقش الطرفان سبل التعاون.")]
    [InlineData("توفي الشاعر عام 450 هـ. في مدينة حلب بعد مرض طويل.")]
    [InlineData("شيد الحصن في القرن الثاني ق.م. بحسب علماء الآثار.")]
    [InlineData("ترسل الطلبات إلى ص.ب 455 في العاصمة قبل نهاية الشهر.")]
    [InlineData("وترأس الجلسة أ.د. ماهر النجار بحضور أ. سمير حداد.")]
    [InlineData("انظر ج. 2 من الموسوعة، ص. 45 وما بعدها.")]
    [InlineData("وتضم اللجنة ر. الشامي وك. العبيدي إلى جانب ممثل عن البلدية.")]
    [InlineData("وتتصدر الفرقة ترتيب المجموعة B.| وتلعب مباراتها المقبلة الأحد.")]
    [InlineData("وحل المنتخب ثانيا في المجموعة ب.| وسيواجه متصدر المجموعة د في الدور المقبل.")]
    [InlineData("وتعاون المخرج مع J. K. Simmons في الفيلم الجديد.")]
    [InlineData("وأشاد تقرير U.S. Department of State بالإصلاحات الأخيرة.")]
    [InlineData("وقادت فريق البحث Prof. Salma Nour من جامعة أكسفورد.")]
    [InlineData("ونشرت نتائج البحث في العدد الأخير (No. 4, Vol. 12).| وحظيت باهتمام واسع.")]
    [InlineData("وحصل على درجة Ph.D. في الفيزياء من جامعة لندن.")]
    [InlineData("وتشمل المعروضات الكتب والمجلات والخرائط إلخ.| وتتواصل الفعاليات أسبوعا.")]
    [InlineData("ويرد ذلك في الفصل الأخير من الكتاب (ص. 87).| ويختم المؤلف بتوصيات عملية.")]
    public void Convention7_abbreviations_and_initials_do_not_end_sentences(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("بلغ معدل النمو 4.5 في المئة خلال الربع الأول.")]
    [InlineData("انعقدت الجلسة يوم 12.3.2024 في قصر العدل.")]
    [InlineData("يبدأ العرض في تمام 20.15 مساء في المسرح البلدي.")]
    [InlineData("بلغ عدد سكان الولاية 3.400.000 نسمة في آخر إحصاء.")]
    [InlineData("ارتفع المؤشر بنسبة ٢.٤ في المئة أمس.")]
    [InlineData("ويستمر المهرجان حتى 20 يوليو 2026.| وتشارك فيه فرق من عشرين بلدا.")]
    [InlineData("وصلت نسبة المشاركة إلى 61%.| وهي الأعلى منذ عقد.")]
    [InlineData("واستقر معدل البطالة عند 7.3.| ويتوقع المحللون ارتفاعه.")]
    [InlineData("ويبدأ الحفل في تمام 21:30.| ويستمر حتى منتصف الليل.")]
    [InlineData("وضعت الوزارة خطة من مرحلتين.| 1. تأهيل الطرق الريفية.| 2. بناء الجسور.")]
    [InlineData("وحددت اللجنة شرطين: 1. الإقامة في المدينة، 2. إتقان اللغة العربية.| وتقبل الطلبات حتى نهاية الشهر.")]
    [InlineData("وأوصى التقرير بما يلي: 1) خفض الضرائب 2) دعم المصدرين.| ورحب رجال الأعمال بالتوصيات.")]
    public void Convention8_periods_between_digits_never_break_and_list_markers_do_not(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("وانتهت المباراة بالتعادل السلبي.|وسيلتقي الفريقان مجددا في الإياب.")]
    [InlineData("ما سبب توقف المشروع كل هذه المدة؟|أجاب المسؤول بأن التمويل تعثر.")]
    [InlineData("وقال الحارس: «سنواصل العمل».|وأضاف أن زملاءه جاهزون.")]
    [InlineData("وشارك في الاجتماع مندوب عن منظمة WHO.|وناقش المجتمعون الأمن الصحي.")]
    [InlineData("وينتهي العقد الحالي عام 2030.|وسيجدد تلقائيا.")]
    [InlineData("شركة الأمل ذ.م.م تعلن عن وظائف شاغرة في فروعها.")]
    [InlineData("زوروا موقعنا www.news-example.net للمزيد من الأخبار.")]
    [InlineData("وللتواصل مع التحرير: editor@news-example.org في أي وقت.")]
    public void Convention9_a_terminator_glued_to_the_next_word_breaks_after_a_word_a_number_or_an_acronym(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("وانتهى الاحتفال بالأغاني الشعبية .| ثم عاد الجميع إلى منازلهم.")]
    [InlineData("انتهى الاجتماع مساء.\u00A0|وبدأ التصويت على القرار.")]
    public void Convention10_a_space_before_a_terminator_stays_inside_and_a_no_break_space_separates(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("يمكن متابعة البث عبر www.tv-example.com.| ويبدأ البث في الثامنة مساء.")]
    [InlineData("ترسل السير الذاتية إلى jobs@company-example.com.| وتغلق الطلبات الشهر المقبل.")]
    public void Convention11_the_period_after_a_final_address_ends_the_sentence(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("وتواصل فرق الإطفاء عملها في موقع الحريق.| (يتبع)")]
    [InlineData("وأصيب أربعة عمال بجروح طفيفة.| المصدر: الموقع الرسمي للوزارة")]
    [InlineData("وأعلنت الشركة خطة جديدة للتوسع.| اقرأ أيضا: أرباح الشركة تتضاعف")]
    public void Convention12_trailing_lines_are_sentences_of_their_own(string marked) =>
        AssertSentences(marked);

    [Theory]
    [InlineData("وحدد البيان ثلاثة مطالب: رفع الأجور.| تحسين ظروف العمل.| توظيف الخريجين.")]
    public void Convention13_items_after_a_colon_the_first_sentence_runs_through_the_first_item(string marked) =>
        AssertSentences(marked);

    [Fact]
    public void Ten_thousand_opening_quotation_marks_each_open_a_sentence_that_ends_where_it_should()
    {
        var text = string.Concat(Enumerable.Repeat("«نعم. ", 10_000));
        var sentences = new List<(int Start, int End)>();

        SentenceSplitter.Split(text, 0, text.Length, sentences);

        Assert.Equal(10_000, sentences.Count);
        Assert.All(sentences, s => Assert.Equal("«نعم.", text[s.Start..s.End]));
    }

    [Fact]
    public void A_twenty_megabyte_line_of_marks_and_terminators_splits_into_ordered_sentences()
    {
        const string Unit = "قال د. علي: «هل (...) نعم؟» \"لا!\" (؟) 3.5 … [ ' ] ) » وانتهى.";
        var builder = new StringBuilder(20_000_000 + Unit.Length);
        while (builder.Length < 20_000_000)
            builder.Append(Unit).Append(' ');
        var text = builder.ToString();
        var sentences = new List<(int Start, int End)>();

        SentenceSplitter.Split(text, 0, text.Length, sentences);

        Assert.True(sentences.Count > builder.Length / Unit.Length);
        for (var k = 1; k < sentences.Count; k++)
            Assert.True(sentences[k - 1].End <= sentences[k].Start && sentences[k].Start < sentences[k].End);
        Assert.Equal(text.TrimEnd().Length, sentences[^1].End);
    }

    [Theory]
    [InlineData("...")]
    [InlineData("«««")]
    [InlineData("»»» !!! ؟؟؟")]
    [InlineData(". وانتهى الاجتماع.")]
    [InlineData("وانتهى الاجتماع. . .")]
    public void Punctuation_without_words_joins_a_sentence_instead_of_making_one(string text)
    {
        var sentences = new List<(int Start, int End)>();

        SentenceSplitter.Split(text, 0, text.Length, sentences);

        Assert.Equal([(0, text.Length)], sentences);
    }

    private static void AssertSentences(string marked)
    {
        var text = marked.Replace("|", "", StringComparison.Ordinal);
        var expected = marked.Split('|').Select(part => part.Trim()).ToArray();

        var article = Extractor.Extract(text);

        Assert.Equal(expected, article.Sentences.Select(s => article.GetText(s.Span)).ToArray());
    }
}
