using ArabicNews.Extraction.Entities;
using static ArabicNews.Extraction.Tests.Entities.GazetteerTestDocuments;

namespace ArabicNews.Extraction.Tests.Entities;

public class TitleLexiconTests
{
    private static readonly TitleLexicon Titles = TitleLexicon.BuiltIn;

    [Fact]
    public void The_longest_title_at_a_token_wins()
    {
        var document = Segment("وقال وزير الخارجية سامح شكري");
        Assert.True(Titles.TryMatchAt(document, 1, document.Tokens.Length, out var title));
        Assert.Equal((1, 2, TitleKind.Person), (title.FirstToken, title.TokenCount, title.Kind));
    }

    [Fact]
    public void A_title_may_carry_proclitics_and_a_contracted_article()
    {
        var document = Segment("وقال للرئيس");
        Assert.True(Titles.TryMatchAt(document, 1, document.Tokens.Length, out var title));
        Assert.Equal(1, title.TokenCount);
    }

    [Fact]
    public void One_word_titles_are_listed_once_with_their_first_kind()
    {
        var titles = new TitleLexicon([("الوزير", TitleKind.Person), ("وزير الخارجية", TitleKind.Person), ("الوزير", TitleKind.Honorific), ("السابق", TitleKind.Modifier)]);
        Assert.Equal([("الوزير", TitleKind.Person), ("السابق", TitleKind.Modifier)], titles.OneWordTitles);
    }

    [Fact]
    public void A_word_that_is_not_a_title_does_not_match()
    {
        var document = Segment("وقال الكتاب");
        Assert.False(Titles.TryMatchAt(document, 1, document.Tokens.Length, out _));
    }

    [Fact]
    public void A_title_before_a_name_spans_its_modifiers()
    {
        var document = Segment("وقال الرئيس الروسي السابق ديمتري ميدفيديف");
        Assert.True(Titles.TryMatchBefore(document, 4, out var title));
        Assert.Equal((1, 3), (title.FirstToken, title.TokenCount));
    }

    [Fact]
    public void A_title_is_not_found_across_an_ordinary_word()
    {
        var document = Segment("وقال الرئيس اليوم ديمتري ميدفيديف");
        Assert.False(Titles.TryMatchBefore(document, 3, out _));
    }

    [Fact]
    public void A_head_noun_has_its_entity_kind()
    {
        var document = Segment("ذكرت وكالة رويترز");
        Assert.True(Titles.TryMatchBefore(document, 2, out var head));
        Assert.Equal(TitleKind.Organization, head.Kind);
    }

    [Fact]
    public void Nationality_adjectives_are_modifiers_and_nouns_are_not()
    {
        var document = Segment("الأمريكية الكتاب");
        Assert.True(Titles.IsModifier(document.Tokens[0]));
        Assert.False(Titles.IsModifier(document.Tokens[1]));
    }

    [Fact]
    public void Parse_rejects_an_unknown_kind()
    {
        Assert.Equal(("الملك", TitleKind.Person), TitleLexicon.Parse("الملك\tperson", "test"));
        Assert.Throws<FormatException>(() => TitleLexicon.Parse("الملك\tking", "test"));
    }
}
