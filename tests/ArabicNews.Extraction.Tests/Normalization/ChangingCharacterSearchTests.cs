using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.Normalization;

/// <summary>
/// The search for characters to change skips common text a vector at a time: wherever a changing character falls in
/// a vector, a text normalizes as its characters do one by one (the rules are per character).
/// </summary>
public class ChangingCharacterSearchTests
{
    private static readonly ArabicNormalizer[] Normalizers =
        [new(ArticleExtractor.ViewRules), ArabicNormalizer.Display, ArabicNormalizer.Matching, new(NormalizationRules.Diacritics)];

    // Diacritic, tatweel, no-break space, zero-width non-joiner, Arabic-Indic digit, lam-alef ligature, control, Persian ya.
    private static readonly char[] Changing = ['\u064E', '\u0640', '\u00A0', '\u200C', '\u0663', '\uFEFB', '\u0001', '\u06CC'];

    public static TheoryData<int> Seeds => HostileText.Seeds(10);

    [Fact]
    public void A_changing_character_is_found_at_every_position_of_common_text()
    {
        const string common = "قال الرئيس إن الاجتماع. Hello 123\nوفي";
        foreach (var changing in Changing)
        {
            for (var position = 0; position <= common.Length; position++)
                AssertNormalizesAsItsCharacters(common.Insert(position, changing.ToString()));
        }
    }

    [Fact]
    public void Common_text_without_changing_characters_is_normalized()
    {
        var text = string.Concat(Enumerable.Repeat("قال الرئيس إن الاجتماع Hello 123\n", 20));
        AssertNormalizesAsItsCharacters(text);
        Assert.True(new ArabicNormalizer(ArticleExtractor.ViewRules).IsNormalized(text));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hostile_text_normalizes_as_its_characters(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 50; round++)
            AssertNormalizesAsItsCharacters(HostileText.Generate(random, 300));
    }

    private static void AssertNormalizesAsItsCharacters(string text)
    {
        foreach (var normalizer in Normalizers)
        {
            var expected = string.Concat(text.Select(c => normalizer.Normalize(c.ToString())));
            Assert.Equal(expected, normalizer.Normalize(text));
            Assert.Equal(expected, normalizer.NormalizeWithOffsets(text).Text);
            Assert.Equal(expected == text, normalizer.IsNormalized(text));
        }
    }
}
