using ArabicNews.Extraction.Quotations;

namespace ArabicNews.Extraction.Tests.Quotations;

public class SpeechVerbLexiconTests
{
    private static readonly SpeechVerbLexicon BuiltIn = new(SpeechVerbLexicon.BuiltInLines());

    [Fact]
    public void Built_in_lexicon_has_at_least_sixty_lemmas_and_generates_their_forms()
    {
        Assert.True(BuiltIn.LemmaCount >= 60, $"{BuiltIn.LemmaCount} lemmas");
        Assert.True(BuiltIn.FormCount > BuiltIn.LemmaCount * 20, $"{BuiltIn.FormCount} forms");
    }

    [Theory]
    [InlineData("قال", "Perfect", "Masculine", false, 0)]
    [InlineData("قالت", "Perfect", "Feminine", false, 0)]
    [InlineData("وأضافت", "Perfect", "Feminine", false, 1)]
    [InlineData("فأكدوا", "Perfect", "Masculine", true, 1)]
    [InlineData("قالتا", "Perfect", "Feminine", true, 0)]
    [InlineData("يقولون", "Imperfect", "Masculine", true, 0)]
    [InlineData("تؤكد", "Imperfect", "Feminine", false, 0)]
    [InlineData("مضيفا", "Participle", "Masculine", false, 0)]
    [InlineData("مؤكدة", "Participle", "Feminine", false, 0)]
    [InlineData("موكدا", "Participle", "Masculine", false, 0)]
    public void Inflections_carry_aspect_gender_number_and_proclitic(string word, string aspect, string gender, bool plural, int proclitic)
    {
        Assert.True(BuiltIn.TryGet(QuotationLexicon.Key(word), out var form), word);
        Assert.Equal(aspect, form.Aspect.ToString());
        Assert.Equal(gender, form.Gender.ToString());
        Assert.Equal(plural, form.Plural);
        Assert.Equal(proclitic, form.ProcliticLength);
    }

    [Theory]
    [InlineData("نفت")]
    [InlineData("نفوا")]
    [InlineData("نفيا")]
    [InlineData("ينفون")]
    [InlineData("نافيا")]
    [InlineData("دعت")]
    [InlineData("دعوا")]
    [InlineData("يدعون")]
    [InlineData("رأت")]
    [InlineData("يرون")]
    [InlineData("يريان")]
    public void Defective_verbs_drop_their_weak_letter_by_rule(string word) =>
        Assert.True(BuiltIn.TryGet(QuotationLexicon.Key(word), out _), word);

    [Theory]
    [InlineData("بين")]
    [InlineData("وردا")]
    [InlineData("متابعة")]
    public void Forms_removed_by_the_lexicon_are_not_speech_verbs(string word) =>
        Assert.False(BuiltIn.TryGet(QuotationLexicon.Key(word), out _), word);

    [Fact]
    public void Governed_prepositions_are_read_from_the_lexicon()
    {
        Assert.True(BuiltIn.Governs(QuotationLexicon.Key("أعرب"), QuotationLexicon.Key("عن")));
        Assert.False(BuiltIn.Governs(QuotationLexicon.Key("أعرب"), QuotationLexicon.Key("إلى")));
    }

    [Fact]
    public void A_line_without_two_principal_parts_is_rejected_with_the_line() =>
        Assert.Contains("همس", Assert.Throws<FormatException>(() => new SpeechVerbLexicon(["همس"])).Message, StringComparison.Ordinal);

    [Fact]
    public void Builder_adds_speech_verbs_that_then_introduce_quotes()
    {
        const string text = "همست الممثلة سناء الخياط بأن الدور كان صعبا عليها.";
        Assert.Empty(QuoteTestKit.Run(text).Quotes);

        var extractor = new ArticleExtractorBuilder().AddSpeechVerbs(["همس يهمس هامس"]).Build();
        var article = extractor.Extract(text);
        var quote = QuoteTestKit.Single(article);
        Assert.Equal("الدور كان صعبا عليها", QuoteTestKit.ContentOf(article, quote));
        Assert.Equal("همست", article.GetText(quote.Cue!.Value));
        Assert.Equal("سناء الخياط", QuoteTestKit.SpeakerOf(article, quote));
    }

    [Fact]
    public void Builder_rejects_a_malformed_speech_verb() =>
        Assert.Throws<FormatException>(() => new ArticleExtractorBuilder().AddSpeechVerbs(["همس"]));
}
