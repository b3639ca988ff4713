using ArabicNews.Extraction.Entities;
using static ArabicNews.Extraction.Tests.Entities.GazetteerTestDocuments;

namespace ArabicNews.Extraction.Tests.Entities;

/// <summary>A listed person's surname after someone else's given name belongs to a namesake.</summary>
public class GazetteerNamesakeTests
{
    private static readonly Gazetteer Tunisia = Over(
        Person("Zine El Abidine Ben Ali", "زين العابدين بن علي", "بن علي"),
        Person("Moncef Marzouki", "محمد المنصف المرزوقي", "المنصف المرزوقي", "منصف المرزوقي", "المرزوقي"),
        Person("Dmitry Peskov", "دميتري بيسكوف", "بيسكوف"),
        Person("Vladimir Putin", "فلاديمير بوتين", "بوتين"),
        Person("Youssef Rajji", "يوسف رجي"));

    [Theory]
    [InlineData("أعلن المدير سامي بن علي إصابة سبعة تلاميذ")]
    [InlineData("قال الوزير يوسف المرزوقي إن القرار نهائي")]
    [InlineData("قال الوزير ويوسف المرزوقي إن القرار نهائي")]
    public void A_surname_after_another_given_name_is_a_namesake_s(string text)
    {
        Assert.Empty(Mentions(Tunisia, text));
    }

    [Fact]
    public void The_first_word_of_a_listed_name_is_a_given_name_too()
    {
        Assert.Empty(Mentions(Tunisia, "قال دميتري بوتين إن"));
    }

    [Theory]
    [InlineData("قال منصف المرزوقي إن القرار نهائي", "منصف المرزوقي")]
    [InlineData("قال محمد المرزوقي إن القرار نهائي", "المرزوقي")]
    [InlineData("قال الرئيس الأسبق المرزوقي إن القرار نهائي", "المرزوقي")]
    [InlineData("وجاء ذلك ردا على المرزوقي", "المرزوقي")]
    public void A_surname_after_the_person_s_own_given_name_a_title_or_a_preposition_is_theirs(string text, string mention)
    {
        Assert.Equal([(mention, "Moncef Marzouki")], Mentions(Tunisia, text));
    }

    [Fact]
    public void A_surname_alone_after_the_full_name_is_still_the_person_s()
    {
        var mentions = Mentions(Tunisia, "قال المنصف المرزوقي إن القرار نهائي. وأضاف المرزوقي أن الحوار ضروري");
        Assert.Equal([("المنصف المرزوقي", "Moncef Marzouki"), ("المرزوقي", "Moncef Marzouki")], mentions);
    }

    [Fact]
    public void Once_a_namesake_is_named_the_bare_surname_is_the_namesake_s()
    {
        Assert.Empty(Mentions(Tunisia, "قال الوزير يوسف المرزوقي إن القرار نهائي. وأضاف المرزوقي أن الحوار ضروري"));
    }

    [Fact]
    public void Other_names_stay_when_a_namesake_s_surname_is_dropped()
    {
        var mentions = Mentions(Tunisia, "قال فلاديمير بوتين إن يوسف المرزوقي سيزور موسكو. وأضاف المرزوقي أن بوتين سيستقبله");
        Assert.Equal([("فلاديمير بوتين", "Vladimir Putin"), ("بوتين", "Vladimir Putin")], mentions);
    }

    [Fact]
    public void A_person_named_in_full_keeps_the_bare_surname_beside_a_namesake()
    {
        var mentions = Mentions(Tunisia, "التقى المنصف المرزوقي بالوزير يوسف المرزوقي. وقال المرزوقي إن الحوار ضروري");
        Assert.Equal([("المنصف المرزوقي", "Moncef Marzouki"), ("المرزوقي", "Moncef Marzouki")], mentions);
    }

    [Fact]
    public void A_surname_echo_after_another_given_name_is_a_namesake_s()
    {
        var mentions = Mentions(Tunisia, "قال يوسف رجي إن سامي رجي سيحضر. وأضاف رجي أن الموعد قريب");
        Assert.Equal([("يوسف رجي", "Youssef Rajji"), ("رجي", "Youssef Rajji")], mentions);
    }
}
