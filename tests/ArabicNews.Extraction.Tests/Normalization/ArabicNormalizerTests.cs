using ArabicNews.Extraction.Normalization;

namespace ArabicNews.Extraction.Tests.Normalization;

public class ArabicNormalizerTests
{
    private static string Apply(NormalizationRules rules, string text) => new ArabicNormalizer(rules).Normalize(text);

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسلام", "اسلام")]
    [InlineData("آمال", "امال")]
    [InlineData("ٱلله", "الله")]
    [InlineData("ٲٳ", "اا")]
    public void Alef_forms_become_bare_alef(string input, string expected) =>
        Assert.Equal(expected, Apply(NormalizationRules.Alef, input));

    [Fact]
    public void Alef_maksura_becomes_ya() => Assert.Equal("علي", Apply(NormalizationRules.AlefMaksura, "على"));

    [Fact]
    public void Teh_marbuta_becomes_ha_for_matching_but_not_for_display()
    {
        Assert.Equal("مدرسه", Apply(NormalizationRules.TehMarbuta, "مدرسة"));
        Assert.Equal("مدرسة", ArabicNormalizer.Display.Normalize("مدرسة"));
        Assert.Equal("مدرسه", ArabicNormalizer.Matching.Normalize("مدرسة"));
    }

    [Fact]
    public void Hamza_seats_fold_only_when_asked()
    {
        Assert.Equal("مسوول بيية", Apply(NormalizationRules.HamzaSeats, "مسؤول بيئة"));
        Assert.Equal("مسؤول", ArabicNormalizer.Matching.Normalize("مسؤول"));
    }

    [Theory]
    [InlineData("كتابٌ", "كتاب")]
    [InlineData("كتاباً", "كتابا")]
    [InlineData("كتابٍ", "كتاب")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("قُلْ", "قل")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("الرَّحْمَٰنِ", "الرحمن")]
    [InlineData("صلّىٰ ﷺ", "صلى ﷺ")]
    [InlineData("قِيلَۖ", "قيل")]
    [InlineData("ٱلْأَرْضِۚ", "ٱلأرض")]
    [InlineData("عليه\u0610\u0611", "عليه")]
    public void Diacritics_tanween_shadda_sukun_superscript_alef_and_quranic_marks_are_removed(string input, string expected) =>
        Assert.Equal(expected, Apply(NormalizationRules.Diacritics, input));

    [Fact]
    public void Tatweel_is_removed() => Assert.Equal("الرئيس", Apply(NormalizationRules.Tatweel, "الرئيـــس"));

    [Theory]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [InlineData("٣٫٥٪", "3.5%")]
    [InlineData("٢٬٣٥٠", "2,350")]
    public void Arabic_indic_and_extended_digits_become_ascii(string input, string expected) =>
        Assert.Equal(expected, Apply(NormalizationRules.Digits, input));

    [Theory]
    [InlineData("ایران", "ايران")]
    [InlineData("کتاب", "كتاب")]
    [InlineData("ہے", "هي")]
    [InlineData("ھو", "هو")]
    public void Persian_and_urdu_letters_become_arabic(string input, string expected) =>
        Assert.Equal(expected, Apply(NormalizationRules.PersianLetters, input));

    [Theory]
    [InlineData("\uFEF7", "\u0644\u0623")]
    [InlineData("\uFEF9", "\u0644\u0625")]
    [InlineData("\uFEF5", "\u0644\u0622")]
    [InlineData("\uFEFB", "\u0644\u0627")]
    [InlineData("\uFE8D\uFEDF\uFEE4\uFEAE\uFE8E\uFE93", "المراة")]
    [InlineData("\uFDF2", "الله")]
    [InlineData("\uFDFA", "صلى الله عليه وسلم")]
    [InlineData("\uFE70", "\u064B")]
    [InlineData("\uFC5E", "\u064C\u0651")]
    [InlineData("\uFB8E", "\u06A9")]
    public void Presentation_forms_decompose_and_the_lam_alef_ligature_keeps_its_hamza(string input, string expected) =>
        Assert.Equal(expected, Apply(NormalizationRules.PresentationForms, input));

    [Fact]
    public void Presentation_forms_take_the_other_rules_in_the_same_pass()
    {
        Assert.Equal("لا", Apply(NormalizationRules.PresentationForms | NormalizationRules.Alef, "\uFEF7"));
        Assert.Equal(string.Empty, Apply(NormalizationRules.PresentationForms | NormalizationRules.Diacritics, "\uFC5E"));
        Assert.Equal("كتاب", Apply(NormalizationRules.PresentationForms | NormalizationRules.PersianLetters, "\uFB8Eتاب"));
    }

    [Theory]
    [InlineData("قال\u200Fبوتين", "قالبوتين")]
    [InlineData("\u202Bنص\u202C", "نص")]
    [InlineData("\u2067نص\u2069", "نص")]
    [InlineData("نص\u061C", "نص")]
    [InlineData("\uFEFFنص", "نص")]
    [InlineData("ور\u200Cود", "ورود")]
    [InlineData("ور\u200Dود", "ورود")]
    [InlineData("ع\u00ADلم", "علم")]
    [InlineData("10\u00A0000", "10 000")]
    [InlineData("a\u202Fb\u2009c", "a b c")]
    [InlineData("a\u0001b\u007Fc", "a b c")]
    [InlineData("a\tb\nc\r\nd", "a\tb\nc\r\nd")]
    public void Invisible_marks_are_removed_and_odd_spaces_become_spaces(string input, string expected) =>
        Assert.Equal(expected, Apply(NormalizationRules.InvisibleMarks, input));

    [Theory]
    [InlineData("قال، ثم؛ لماذا؟", "قال, ثم; لماذا?")]
    [InlineData("«نص» “text” „x‟", "\"نص\" \"text\" \"x\"")]
    [InlineData("‹نص› ‘a’ ‚b‛", "'نص' 'a' 'b'")]
    [InlineData("2010–2020 — نص", "2010-2020 - نص")]
    [InlineData("نهاية۔", "نهاية.")]
    public void Punctuation_and_quotation_marks_fold_for_matching(string input, string expected) =>
        Assert.Equal(expected, Apply(NormalizationRules.Punctuation, input));

    [Theory]
    [InlineData("NATO", "nato")]
    [InlineData("Élysée", "élysée")]
    [InlineData("ŁÓDŹ", "łódź")]
    public void Latin_capitals_become_lower_case(string input, string expected) =>
        Assert.Equal(expected, Apply(NormalizationRules.LatinLowercase, input));

    // A sample each rule changes and no other rule touches: every rule is switchable on its own.
    public static TheoryData<NormalizationRules, string> RuleSamples => new()
    {
        { NormalizationRules.Alef, "أ" },
        { NormalizationRules.AlefMaksura, "ى" },
        { NormalizationRules.TehMarbuta, "ة" },
        { NormalizationRules.HamzaSeats, "ؤ" },
        { NormalizationRules.Diacritics, "َ" },
        { NormalizationRules.Tatweel, "ـ" },
        { NormalizationRules.Digits, "٣" },
        { NormalizationRules.PersianLetters, "ی" },
        { NormalizationRules.PresentationForms, "ﺏ" },
        { NormalizationRules.InvisibleMarks, "\u200F" },
        { NormalizationRules.Punctuation, "،" },
        { NormalizationRules.LatinLowercase, "A" },
    };

    [Theory]
    [MemberData(nameof(RuleSamples))]
    public void Each_rule_changes_its_sample_and_only_it_does(NormalizationRules rule, string sample)
    {
        var allRules = NormalizationRules.Matching | NormalizationRules.HamzaSeats;
        Assert.NotEqual(sample, Apply(rule, sample));
        Assert.Equal(sample, Apply(allRules & ~rule, sample));
        Assert.Equal(sample, Apply(NormalizationRules.None, sample));
    }

    [Fact]
    public void Clean_text_is_returned_as_the_same_instance()
    {
        var text = "احمد يذهب الي المدرسه";
        Assert.Same(text, ArabicNormalizer.Matching.Normalize(text));
        Assert.True(ArabicNormalizer.Matching.IsNormalized(text));
        Assert.False(ArabicNormalizer.Matching.IsNormalized("أحمد"));
    }

    [Fact]
    public void Empty_text_stays_empty()
    {
        Assert.Same(string.Empty, ArabicNormalizer.Matching.Normalize(string.Empty));
        var view = ArabicNormalizer.Matching.NormalizeWithOffsets(string.Empty);
        Assert.Equal(string.Empty, view.Text);
        Assert.Equal(new TextSpan(0, 0), view.ToOriginal(0, 0));
    }

    [Fact]
    public void Null_throws() => Assert.Throws<ArgumentNullException>(() => ArabicNormalizer.Matching.Normalize(null!));

    [Fact]
    public void Normalizing_clean_text_allocates_nothing()
    {
        var text = string.Concat(Enumerable.Repeat("احمد يذهب الي المدرسه مع 3 اصدقاء. ", 2000));
        ArabicNormalizer.Matching.Normalize(text);
        Span<char> destination = stackalloc char[64];
        ArabicNormalizer.Matching.TryNormalize("قال الرئيس", destination, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = ArabicNormalizer.Matching.Normalize(text);
        var clean = ArabicNormalizer.Matching.IsNormalized(text);
        var ok = ArabicNormalizer.Matching.TryNormalize("قال الرئيسُ أحمد", destination, out var written);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(text, result);
        Assert.True(clean);
        Assert.True(ok);
        Assert.Equal("قال الرئيس احمد", destination[..written].ToString());
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void TryNormalize_reports_a_destination_too_short()
    {
        Span<char> destination = stackalloc char[5];
        Assert.False(ArabicNormalizer.Matching.TryNormalize("\uFDFA", destination, out var written));
        Assert.Equal(0, written);
        Assert.False(ArabicNormalizer.Matching.TryNormalize("abcdefg", destination, out _));
        Assert.True(ArabicNormalizer.Matching.TryNormalize("أبجد", destination, out written));
        Assert.Equal("ابجد", destination[..written].ToString());
    }

    [Fact]
    public void Surrogate_pairs_and_lone_surrogates_pass_through_unchanged()
    {
        var text = "أ😀ب\uD800ج\uDC00د\uDBFF";
        Assert.Equal("ا😀ب\uD800ج\uDC00د\uDBFF", ArabicNormalizer.Matching.Normalize(text));
    }

    [Fact]
    public void Huge_text_with_deletions_and_expansions_is_normalized_in_one_piece()
    {
        var text = string.Concat(Enumerable.Repeat("كَتَبَ ﻷ ", 200_000));
        var normalized = ArabicNormalizer.Matching.NormalizeWithOffsets(text);

        Assert.Equal(string.Concat(Enumerable.Repeat("كتب لا ", 200_000)), normalized.Text);
        var end = normalized.Text.Length;
        Assert.Equal(new TextSpan(text.Length - 9, text.Length - 3), normalized.ToOriginal(end - 7, end - 4));
        Assert.Equal(new TextSpan(text.Length - 2, text.Length - 1), normalized.ToOriginal(end - 3, end - 1));
    }

    [Fact]
    public void Presets_are_what_they_say()
    {
        Assert.Equal("«أحمد» ذهب إلى المدرسة ١٠", ArabicNormalizer.Display.Normalize("«أحمـد» ذهب إلى المدرسة ١٠\u200F"));
        Assert.Equal("\"احمد\" ذهب الي المدرسه 10", ArabicNormalizer.Matching.Normalize("«أَحمـد» ذهب إلى المدرسة ١٠\u200F"));
    }
}
