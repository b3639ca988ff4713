using ArabicNews.Extraction.Quotations;

namespace ArabicNews.Extraction.Tests.Quotations;

public class QuotationLexiconTests
{
    private static readonly QuotationLexicon BuiltIn =
        new(new SpeechVerbLexicon(SpeechVerbLexicon.BuiltInLines()), QuotationLexicon.BuiltInWords());

    [Theory]
    [InlineData("متحدث", "Role")]
    [InlineData("وزيره", "Role")]
    [InlineData("مصدر", "UnnamedSource")]
    [InlineData("بيان", "Document")]
    [InlineData("بانه", "Complementizer")]
    [InlineData("قبل", "Subjunctive")]
    [InlineData("فيلم", "TitleNoun")]
    [InlineData("بحسب", "Source")]
    [InlineData("سوسه", "Place")]
    public void Built_in_words_have_their_classes(string key, string wordClass) =>
        Assert.True(BuiltIn.ClassOf(key).HasFlag(Enum.Parse<QuoteWordClass>(wordClass)), $"{key}: {BuiltIn.ClassOf(key)}");

    [Fact]
    public void Feminine_roles_are_added_by_rule() =>
        Assert.True(BuiltIn.ClassOf(QuotationLexicon.Key("وزيرة")).HasFlag(QuoteWordClass.Feminine));

    [Fact]
    public void A_word_written_with_ya_has_only_the_classes_of_its_ya_spelling()
    {
        var lexicon = new QuotationLexicon(new SpeechVerbLexicon([]), [("role", "والي"), ("adverbial-opener", "وإلى")]);
        var key = QuotationLexicon.Key("والي");
        Assert.True(lexicon.IsSpelledWithAlefMaksura(key));
        Assert.Equal(QuoteWordClass.Role, lexicon.ClassOfWrittenWithYa(key));
        Assert.Equal(QuoteWordClass.None, lexicon.ClassOfWrittenWithYa(QuotationLexicon.Key("على")));
    }

    [Fact]
    public void An_unknown_section_is_rejected_with_its_name()
    {
        var error = Assert.Throws<FormatException>(() => new QuotationLexicon(new SpeechVerbLexicon([]), [("roles", "وزير")]));
        Assert.Contains("[roles]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_fold_alef_ta_marbuta_alef_maksura_and_hamza_seats()
    {
        Assert.Equal(QuotationLexicon.Key("مؤكدة"), QuotationLexicon.Key("موكده"));
        Assert.Equal(QuotationLexicon.Key("إلى"), QuotationLexicon.Key("الي"));
    }
}
