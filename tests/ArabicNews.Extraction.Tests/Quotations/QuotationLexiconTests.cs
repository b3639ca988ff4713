using ArabicNews.Extraction.Entities;
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
    public void A_person_s_title_is_a_role_and_other_titles_are_not()
    {
        var titles = new TitleLexicon([("الوزير", TitleKind.Person), ("السيد", TitleKind.Honorific), ("وكالة", TitleKind.Organization), ("الفريق", TitleKind.Person)]);
        var lexicon = new QuotationLexicon(new SpeechVerbLexicon([]), [("organization", "فريق")], titles);
        Assert.Equal(QuoteWordClass.Role, lexicon.ClassOf("وزير"));
        Assert.Equal(QuoteWordClass.Role | QuoteWordClass.Feminine, lexicon.ClassOf("وزيره"));
        Assert.Equal(QuoteWordClass.None, lexicon.ClassOf("سيد"));
        Assert.Equal(QuoteWordClass.None, lexicon.ClassOf("وكاله"));
        Assert.Equal(QuoteWordClass.Organization, lexicon.ClassOf("فريق"));
    }

    [Fact]
    public void Built_in_titles_are_roles() =>
        Assert.True(BuiltIn.ClassOf(QuotationLexicon.Key("إعلامي")).HasFlag(QuoteWordClass.Role));

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
