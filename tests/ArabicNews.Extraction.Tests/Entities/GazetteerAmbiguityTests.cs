using ArabicNews.Extraction.Entities;
using static ArabicNews.Extraction.Tests.Entities.GazetteerTestDocuments;

namespace ArabicNews.Extraction.Tests.Entities;

/// <summary>The ambiguity policy: common words and shared names need evidence; full names lend their surnames.</summary>
public class GazetteerAmbiguityTests
{
    private static readonly Gazetteer Lebanon = Over(
        Person("Michel Aoun", "ميشال عون", "عون"),
        Person("Joseph Aoun", "جوزاف عون", "عون"),
        Person("Bashar al-Assad", "بشار الأسد", "الأسد"),
        Person("Hafez al-Assad", "حافظ الأسد", "الأسد"),
        Person("Bill Clinton", "بيل كلينتون", "كلينتون"),
        Person("Hillary Clinton", "هيلاري كلينتون", "كلينتون"),
        Person("Vladimir Putin", "فلاديمير بوتين", "بوتين"),
        Person("Youssef Rajji", "يوسف رجي"),
        Person("Kais Saied", "قيس سعيد", "سعيد"),
        Person("Eli Cohen", "إيلي كوهين"),
        Person("Yossi Cohen", "يوسي كوهين"),
        Person("Hussein al-Sheikh", "حسين الشيخ"),
        Organization("Confederation of African Football", "الكاف"),
        Location("Kef", "الكاف"),
        Location("Cannes", "كان"));

    [Fact]
    public void A_spelling_that_is_a_common_word_is_dropped_without_evidence()
    {
        Assert.Empty(Mentions(Lebanon, "قدم عون كبيرا للمحتاجين"));
        Assert.Empty(Mentions(Lebanon, "كان الطقس جميلا"));
    }

    [Fact]
    public void A_common_word_after_a_title_of_its_type_is_a_name()
    {
        Assert.Equal([("عون", "Michel Aoun")], Mentions(Lebanon, "قال الرئيس اللبناني عون"));
        Assert.Equal([("كان", "Cannes")], Mentions(Lebanon, "في مهرجان كان السينمائي"));
    }

    [Fact]
    public void A_common_word_takes_the_candidate_named_in_full_in_the_article()
    {
        var mentions = Mentions(Lebanon, "استقبل جوزاف عون الوفد. وقال عون إن");
        Assert.Equal([("جوزاف عون", "Joseph Aoun"), ("عون", "Joseph Aoun")], mentions);
    }

    [Fact]
    public void A_common_word_takes_the_nearest_preceding_full_name_among_candidates()
    {
        var mentions = Mentions(Lebanon, "التقى ميشال عون. ثم زار جوزاف عون. وقال عون");
        Assert.Equal("Joseph Aoun", mentions[^1].Latin);
    }

    [Fact]
    public void An_honorific_is_no_evidence()
    {
        Assert.Empty(Mentions(Lebanon, "قال السيد سعيد إنه"));
    }

    [Fact]
    public void A_nationality_adjective_after_a_title_is_no_name()
    {
        var gazetteer = Over(Person("Mohammed Shia al-Sudani", "محمد شياع السوداني", "السوداني"));
        Assert.Empty(Mentions(gazetteer, "قال الرئيس السوداني عمر البشير"));
    }

    [Fact]
    public void A_given_name_spelling_needs_evidence_like_a_common_word()
    {
        Assert.Empty(Mentions(Lebanon, "قال سعيد إنه"));
        Assert.Equal([("سعيد", "Kais Saied")], Mentions(Lebanon, "قال الرئيس سعيد إنه"));
    }

    [Fact]
    public void A_shared_name_that_is_not_a_common_word_goes_to_the_first_listed_candidate()
    {
        Assert.Equal([("كلينتون", "Bill Clinton")], Mentions(Lebanon, "قال كلينتون"));
    }

    [Fact]
    public void A_shared_name_goes_to_the_candidate_named_in_full()
    {
        var mentions = Mentions(Lebanon, "قالت هيلاري كلينتون. وأضافت كلينتون");
        Assert.Equal("Hillary Clinton", mentions[^1].Latin);
    }

    [Fact]
    public void A_head_noun_picks_the_candidate_of_its_type()
    {
        Assert.Equal([("الكاف", "Kef")], Mentions(Lebanon, "أمطار في ولاية الكاف"));
        Assert.Equal([("الكاف", "Confederation of African Football")], Mentions(Lebanon, "قرر الكاف"));
    }

    [Fact]
    public void A_full_name_lends_its_surname_within_the_article()
    {
        var mentions = Mentions(Lebanon, "قال رجي إن الوزير يوسف رجي التقى");
        Assert.Equal([("رجي", "Youssef Rajji"), ("يوسف رجي", "Youssef Rajji")], mentions);
    }

    [Fact]
    public void A_surname_is_not_matched_without_its_full_name()
    {
        Assert.Empty(Mentions(Lebanon, "قال رجي إن"));
    }

    [Fact]
    public void A_surname_shared_by_two_full_names_is_not_lent()
    {
        var mentions = Mentions(Lebanon, "التقى إيلي كوهين ويوسي كوهين. وقال كوهين");
        Assert.Equal(2, mentions.Count);
    }

    [Fact]
    public void A_title_word_ending_a_full_name_is_not_lent()
    {
        Assert.Single(Mentions(Lebanon, "قال حسين الشيخ إن الشيخ غادر"));
    }

    [Fact]
    public void Match_reports_ambiguous_spellings_for_the_tagger()
    {
        var document = Segment("قدم عون كبيرا", Lebanon);
        var match = Assert.Single(Lebanon.Match(document));
        Assert.True(match.IsAmbiguous);
        Assert.Equal(GazetteerAmbiguity.CommonWord | GazetteerAmbiguity.SharedName, match.Name.Ambiguity);
    }
}
