using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction.Tests.Segmentation;

public class CliticAnalyzerTests
{
    private static readonly CliticAnalyzer BuiltIn = new(CliticAnalyzer.BuiltInWholeWords());
    private static readonly CliticAnalyzer Empty = new([]);

    // The parts as "proclitics+article+base+enclitic" in the view's letters, empty parts left out.
    private static string Parts(CliticAnalyzer analyzer, string word)
    {
        var view = new ArabicNormalizer(ArticleExtractor.ViewRules).Normalize(word);
        var split = analyzer.Analyze(view, ArabicNormalizer.Matching.Normalize(view));
        string[] parts =
        [
            view[..split.ProcliticLength],
            view[split.ProcliticLength..split.BaseStart],
            view[split.BaseStart..(view.Length - split.EncliticLength)],
            view[(view.Length - split.EncliticLength)..],
        ];
        return string.Join('+', parts.Where(p => p.Length > 0));
    }

    private static string Parts(string word) => Parts(BuiltIn, word);

    [Theory]
    [InlineData("وقال", "و+قال")]
    [InlineData("والرئيس", "و+ال+رئيس")]
    [InlineData("ويقول", "و+يقول")]
    [InlineData("وأكد", "و+أكد")]
    [InlineData("وانتقد", "و+انتقد")]
    [InlineData("واستمر", "و+استمر")]
    [InlineData("واجتمع", "و+اجتمع")]
    [InlineData("وفي", "و+في")]
    [InlineData("وهو", "و+هو")]
    [InlineData("ووزير", "و+وزير")]
    [InlineData("وبوتين", "و+بوتين")]
    [InlineData("وكالات", "وكالات")]
    public void Waw_is_a_conjunction_before_a_word(string word, string expected) => Assert.Equal(expected, Parts(word));

    [Theory]
    [InlineData("وزير")]
    [InlineData("وزيرة")]
    [InlineData("وزارة")]
    [InlineData("وكالة")]
    [InlineData("ولاية")]
    [InlineData("ولايات")]
    [InlineData("وثيقة")]
    [InlineData("واشنطن")]
    [InlineData("وصلت")]
    [InlineData("وطنية")]
    [InlineData("واحد")]
    [InlineData("واضح")]
    [InlineData("واصلت")]
    [InlineData("وقت")]
    [InlineData("وضع")]
    public void Words_that_begin_with_waw_stay_whole(string word) => Assert.Equal(word, Parts(word));

    [Theory]
    [InlineData("بالقاهرة", "ب+ال+قاهرة")]
    [InlineData("بمدينة", "ب+مدينة")]
    [InlineData("بشكل", "ب+شكل")]
    [InlineData("بأن", "ب+أن")]
    [InlineData("بما", "ب+ما")]
    [InlineData("بإمكان", "ب+إمكان")]
    [InlineData("باتجاه", "ب+اتجاه")]
    [InlineData("بيوم", "ب+يوم")]
    [InlineData("لحضور", "ل+حضور")]
    [InlineData("لتعزيز", "ل+تعزيز")]
    [InlineData("ليتم", "ل+يتم")]
    [InlineData("لانتخابات", "ل+انتخابات")]
    [InlineData("لاضطرابات", "ل+اضطرابات")]
    [InlineData("وازدهار", "و+ازدهار")]
    [InlineData("كالعادة", "ك+ال+عادة")]
    [InlineData("كذلك", "ك+ذلك")]
    [InlineData("وبالتالي", "وب+ال+تالي")]
    public void Prepositions_split_with_evidence(string word, string expected) => Assert.Equal(expected, Parts(word));

    [Theory]
    [InlineData("بوتين")]
    [InlineData("بيان")]
    [InlineData("بيانات")]
    [InlineData("بين")]
    [InlineData("بعد")]
    [InlineData("بلدية")]
    [InlineData("برنامج")]
    [InlineData("بريطانيا")]
    [InlineData("بيروت")]
    [InlineData("باريس")]
    [InlineData("لبنان")]
    [InlineData("لبنانية")]
    [InlineData("لجنة")]
    [InlineData("لقاء")]
    [InlineData("ليبيا")]
    [InlineData("لندن")]
    [InlineData("كان")]
    [InlineData("كانت")]
    [InlineData("كبير")]
    [InlineData("كلمة")]
    [InlineData("كأس")]
    [InlineData("كما")]
    [InlineData("كلم")]
    public void Words_that_begin_with_a_preposition_letter_stay_whole(string word) => Assert.Equal(word, Parts(word));

    [Theory]
    [InlineData("كاسيا", "كاسيا")]
    [InlineData("كأمريكا", "ك+أمريكا")]
    [InlineData("كاتفاق", "ك+اتفاق")]
    [InlineData("كالعادة", "ك+ال+عادة")]
    public void Kaf_before_a_bare_alef_needs_the_article_or_a_derived_form(string word, string expected) =>
        Assert.Equal(expected, Parts(new CliticAnalyzer(["آسيا", "أمريكا", "اتفاق"]), word));

    [Theory]
    [InlineData("بومبيدو")]
    [InlineData("بيتهوفن")]
    [InlineData("ليفربول")]
    [InlineData("بايرن")]
    [InlineData("باردو")]
    [InlineData("واردات")]
    public void Unknown_names_with_long_vowels_after_ba_or_lam_stay_whole(string word) => Assert.Equal(word, Parts(Empty, word));

    [Theory]
    [InlineData("للرئيس", "ل+ل+رئيس")]
    [InlineData("وللرئيس", "ول+ل+رئيس")]
    [InlineData("للبنان", "ل+لبنان")]
    [InlineData("للجنة", "ل+لجنة")]
    [InlineData("للولايات", "ل+ل+ولايات")]
    public void Lam_lam_is_preposition_and_article_unless_a_known_word_follows(string word, string expected) =>
        Assert.Equal(expected, Parts(word));

    [Theory]
    [InlineData("فإن", "ف+إن")]
    [InlineData("فقال", "ف+قال")]
    [InlineData("فالرئيس", "ف+ال+رئيس")]
    [InlineData("فبالنسبة", "فب+ال+نسبة")]
    [InlineData("فسيتم", "فس+يتم")]
    public void Fa_splits_only_with_evidence(string word, string expected) => Assert.Equal(expected, Parts(word));

    [Theory]
    [InlineData("فريق")]
    [InlineData("فيسبوك")]
    [InlineData("فلسطين")]
    [InlineData("فلان")]
    [InlineData("فلاحة")]
    [InlineData("فرنسا")]
    public void Words_that_begin_with_fa_stay_whole(string word) => Assert.Equal(word, Parts(Empty, word));

    [Theory]
    [InlineData("سيتم", "س+يتم")]
    [InlineData("ستكون", "س+تكون")]
    [InlineData("سنعمل", "س+نعمل")]
    [InlineData("سأعمل", "س+أعمل")]
    [InlineData("وسيكون", "وس+يكون")]
    public void Sin_is_the_future_marker_before_an_imperfect_verb(string word, string expected) => Assert.Equal(expected, Parts(word));

    [Theory]
    [InlineData("سيارة")]
    [InlineData("سياسات")]
    [InlineData("سنة")]
    [InlineData("سوق")]
    [InlineData("سنوية")]
    [InlineData("سامي")]
    public void Nouns_that_begin_with_sin_stay_whole_without_the_lexicon(string word) => Assert.Equal(word, Parts(Empty, word));

    [Theory]
    [InlineData("سياسي")]
    [InlineData("سيطر")]
    [InlineData("سياق")]
    [InlineData("سامي")]
    public void Nouns_and_verbs_that_begin_with_sin_stay_whole_with_the_lexicon(string word) => Assert.Equal(word, Parts(word));

    [Theory]
    [InlineData("كتابه", "كتاب+ه")]
    [InlineData("حكومتها", "حكومت+ها")]
    [InlineData("رئيسهم", "رئيس+هم")]
    [InlineData("بلادنا", "بلاد+نا")]
    [InlineData("قيادتهما", "قيادت+هما")]
    [InlineData("بيانه", "بيان+ه")]
    [InlineData("وزارته", "وزارت+ه")]
    [InlineData("فيه", "في+ه")]
    [InlineData("عليها", "علي+ها")]
    [InlineData("إليه", "إلي+ه")]
    [InlineData("أنه", "أن+ه")]
    [InlineData("لأنه", "ل+أن+ه")]
    [InlineData("بطاقتي", "بطاقت+ي")]
    [InlineData("وبلادهم", "و+بلاد+هم")]
    [InlineData("وضعيتهم", "وضعيت+هم")]
    [InlineData("عليكم", "علي+كم")]
    [InlineData("إننا", "إن+نا")]
    [InlineData("لأي", "ل+أي")]
    public void Pronoun_enclitics_split_off(string word, string expected) => Assert.Equal(expected, Parts(word));

    [Theory]
    [InlineData("تفاهم")]
    [InlineData("اتجاه")]
    [InlineData("مياه")]
    [InlineData("كورونا")]
    [InlineData("أحيانا")]
    [InlineData("مكانا")]
    [InlineData("أماكن")]
    [InlineData("ماي")]
    public void Words_that_end_in_enclitic_letters_stay_whole(string word) => Assert.Equal(word, Parts(word));

    [Theory]
    [InlineData("روسي")]
    [InlineData("أمريكي")]
    [InlineData("مهم")]
    [InlineData("درهم")]
    [InlineData("يمكن")]
    [InlineData("مدرسة")]
    [InlineData("على")]
    [InlineData("تمكن")]
    [InlineData("أمكن")]
    [InlineData("يحاكم")]
    [InlineData("معلنا")]
    [InlineData("مبينا")]
    public void Short_bases_nisba_ya_and_ta_marbuta_are_no_enclitics(string word) => Assert.Equal(word, Parts(Empty, word));

    [Theory]
    [InlineData("الاتجاه", "ال+اتجاه")]
    [InlineData("المتهم", "ال+متهم")]
    [InlineData("التفاهم", "ال+تفاهم")]
    public void No_enclitic_after_the_article(string word, string expected) => Assert.Equal(expected, Parts(Empty, word));

    [Theory]
    [InlineData("الذي")]
    [InlineData("التي")]
    [InlineData("الله")]
    [InlineData("التزام")]
    [InlineData("المانيا")]
    [InlineData("الى")]
    public void Words_that_start_like_the_article_stay_whole(string word) => Assert.Equal(word, Parts(word));

    [Theory]
    [InlineData("بحث")]
    [InlineData("بطل")]
    [InlineData("وقت")]
    [InlineData("لعب")]
    [InlineData("الا")]
    public void No_clitic_leaves_too_short_a_base(string word) => Assert.Equal(word, Parts(Empty, word));

    [Fact]
    public void Extra_words_are_kept_whole_and_confirm_a_conjunction_before_them()
    {
        var analyzer = new CliticAnalyzer(["بلومبرغ"]);

        Assert.Equal("ب+لومبرغ", Parts(Empty, "بلومبرغ"));
        Assert.Equal("بلومبرغ", Parts(analyzer, "بلومبرغ"));
        Assert.Equal("و+بلومبرغ", Parts(analyzer, "وبلومبرغ"));
        Assert.Equal("ل+بلومبرغ", Parts(analyzer, "لبلومبرغ"));
    }

    [Fact]
    public void Extra_words_are_matched_in_any_spelling()
    {
        var analyzer = new CliticAnalyzer(["  إيلون  ", "", "مَدْرَسَة"]);

        Assert.Equal(2, analyzer.WordCount);
        Assert.Equal("ف+إيلون", Parts(analyzer, "فإيلون"));
        Assert.Equal("ف+ايلون", Parts(analyzer, "فايلون"));
        Assert.Equal("ف+مدرسة", Parts(analyzer, "فمدرسة"));
    }

    [Fact]
    public void The_built_in_lexicon_has_hundreds_of_words() => Assert.InRange(BuiltIn.WordCount, 500, 5000);

    [Theory]
    [InlineData("")]
    [InlineData("و")]
    [InlineData("ال")]
    [InlineData("لل")]
    [InlineData("وال")]
    [InlineData("ولل")]
    [InlineData("سي")]
    public void Short_and_degenerate_words_do_not_break_the_analysis(string word)
    {
        var split = BuiltIn.Analyze(word, word);
        Assert.InRange(split.BaseStart + split.EncliticLength, 0, word.Length);
    }

    [Fact]
    public void Forms_of_different_lengths_are_not_split()
    {
        var split = BuiltIn.Analyze("والرئيس", "والرئي");
        Assert.Equal(default, split);
    }

    [Fact]
    public void Waw_before_a_listed_name_beats_a_listed_noun_with_the_ending_ya()
    {
        var withName = new CliticAnalyzer(["وسام", "سامي"]);
        Assert.Equal("و+سامي", Parts(withName, "وسامي"));
        Assert.Equal("وسامي", Parts(new CliticAnalyzer(["وسام"]), "وسامي"));
    }
}
