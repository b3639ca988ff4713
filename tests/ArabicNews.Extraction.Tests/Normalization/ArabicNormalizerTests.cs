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
    public void Alef_forms_become_bare_alef(string input, string expected) =>
        Assert.Equal(expected, Apply(NormalizationRules.Alef, input));

    [Fact]
    public void Alef_maksura_becomes_ya() => Assert.Equal("علي", Apply(NormalizationRules.AlefMaksura, "على"));

    [Fact]
    public void Teh_marbuta_becomes_ha_only_when_asked()
    {
        Assert.Equal("مدرسه", Apply(NormalizationRules.TehMarbuta, "مدرسة"));
        Assert.Equal("مدرسة", ArabicNormalizer.Display.Normalize("مدرسة"));
        Assert.Equal("مدرسه", ArabicNormalizer.Matching.Normalize("مدرسة"));
    }

    [Fact]
    public void Clean_text_is_returned_as_the_same_instance()
    {
        var text = "احمد يذهب الي المدرسه";
        Assert.Same(text, ArabicNormalizer.Matching.Normalize(text));
    }
}
