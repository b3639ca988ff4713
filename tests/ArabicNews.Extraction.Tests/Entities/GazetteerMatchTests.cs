using ArabicNews.Extraction.Entities;
using static ArabicNews.Extraction.Tests.Entities.GazetteerTestDocuments;

namespace ArabicNews.Extraction.Tests.Entities;

public class GazetteerMatchTests
{
    private static readonly Gazetteer Small = Over(
        Person("Vladimir Putin", "فلاديمير بوتين", "بوتين"),
        Person("Dmitry Peskov", "دميتري بيسكوف", "ديميتري بيسكوف", "بيسكوف"),
        Location("United States", "الولايات المتحدة", "أمريكا", "أميركا"),
        Location("Lebanon", "لبنان"),
        Location("Qatar", "قطر"),
        Location("Kyiv", "كييف"),
        Organization("Jawhara FM", "جوهرة أف أم"),
        Organization("Reuters", "رويترز"),
        Location("Tunisia", "تونس"));

    [Fact]
    public void Longest_spelling_wins_over_its_surname()
    {
        var mentions = Mentions(Small, "قال الرئيس فلاديمير بوتين إن");
        Assert.Equal([("فلاديمير بوتين", "Vladimir Putin")], mentions);
    }

    [Fact]
    public void Proclitics_stay_outside_the_name()
    {
        Assert.Equal([("بوتين", "Vladimir Putin")], Mentions(Small, "التقى وزير الخارجية وبوتين أمس"));
    }

    [Fact]
    public void Contracted_article_after_lam_matches_the_spelling_with_its_article()
    {
        Assert.Equal([("لولايات المتحدة", "United States")], Mentions(Small, "زيارة للولايات المتحدة"));
    }

    [Fact]
    public void A_name_starting_with_lam_matches_after_the_preposition()
    {
        Assert.Equal([("لبنان", "Lebanon")], Mentions(Small, "دعم للبنان"));
    }

    [Fact]
    public void Hamza_and_alef_maksura_variants_are_folded()
    {
        Assert.Equal([("اميركا", "United States")], Mentions(Small, "في اميركا"));
    }

    [Fact]
    public void Spelling_variants_listed_in_the_lexicon_match_the_same_entity()
    {
        var mentions = Mentions(Small, "قال دميتري بيسكوف ثم قال ديميتري بيسكوف");
        Assert.Equal(["Dmitry Peskov", "Dmitry Peskov"], mentions.Select(m => m.Latin));
    }

    [Fact]
    public void Foreign_letters_for_v_are_folded_into_fa()
    {
        Assert.Equal([("كييڤ", "Kyiv")], Mentions(Small, "في كييڤ اليوم"));
    }

    [Fact]
    public void A_multiword_name_matches_with_an_added_article()
    {
        Assert.Equal([("الجوهرة أف أم", "Jawhara FM")], Mentions(Small, "قالت إذاعة الجوهرة أف أم"));
    }

    [Fact]
    public void A_one_word_name_does_not_match_with_an_added_article()
    {
        Assert.Empty(Mentions(Small, "نصف القطر"));
    }

    [Fact]
    public void A_name_does_not_run_across_a_sentence_end()
    {
        Assert.Equal([("بوتين", "Vladimir Putin")], Mentions(Small, "وصل فلاديمير. بوتين هنا"));
    }

    [Fact]
    public void An_organizations_latin_name_is_a_spelling()
    {
        Assert.Equal([("Reuters", "Reuters")], Mentions(Small, "نقلت Reuters عن مصدر"));
    }

    [Fact]
    public void A_persons_latin_name_is_not_a_spelling()
    {
        Assert.Empty(Mentions(Small, "Vladimir Putin said"));
    }

    [Fact]
    public void The_clitic_analyzer_keeps_gazetteer_words_whole()
    {
        var gazetteer = Over(Location("Lamta", "لمطة"));
        Assert.Equal("ل", Segment("زار لمطة").Tokens[1].Proclitics);
        var document = Segment("زار لمطة ولحضور", gazetteer);
        Assert.True(document.Tokens[1].Proclitic.IsEmpty);
        Assert.Equal("ول", document.Tokens[2].Proclitics);
    }

    [Fact]
    public void Whole_words_are_the_non_article_words_of_the_spellings()
    {
        var words = Over(Person("Bashar al-Assad", "بشار الأسد"), Location("Libya", "ليبيا")).WholeWords().ToList();
        Assert.Contains("بشار", words);
        Assert.Contains("ليبيا", words);
        Assert.DoesNotContain("الاسد", words);
    }

    [Fact]
    public void Complements_inside_organization_and_place_names_are_no_whole_words()
    {
        var words = Over(
            Organization("UGTT", "الاتحاد العام التونسي للشغل"),
            Organization("INLUCC", "الهيئة الوطنية لمكافحة الفساد"),
            Organization("IFAD", "الصندوق الدولي للتنمية والزراعة"),
            Location("Sousse", "سوسة"),
            Location("Sousse Olympic Stadium", "الملعب الأولمبي بسوسة")).WholeWords().ToList();
        Assert.DoesNotContain("للشغل", words);
        Assert.DoesNotContain("لمكافحة", words);
        Assert.DoesNotContain("والزراعة", words);
        Assert.DoesNotContain("بسوسة", words);
        Assert.Contains("سوسة", words);
    }

    [Fact]
    public void Name_words_after_the_first_stay_whole()
    {
        var words = Over(
            Person("Abdelaziz Bouteflika", "عبد العزيز بوتفليقة"),
            Organization("Bloomberg", "وكالة بلومبرغ"),
            Location("Kuala Lumpur", "كوالا لمبور")).WholeWords().ToList();
        Assert.Contains("بوتفليقة", words);
        Assert.Contains("بلومبرغ", words);
        Assert.Contains("لمبور", words);
    }

    [Fact]
    public void A_complement_of_a_listed_name_keeps_its_preposition_in_the_text()
    {
        var gazetteer = Over(Organization("UGTT", "الاتحاد العام التونسي للشغل"), Location("Sousse", "سوسة"));
        var document = Segment("قال الاتحاد الجهوي للشغل بسوسة", gazetteer);
        Assert.Equal(("ل", true), (document.Tokens[3].Proclitics, document.Tokens[3].HasDefiniteArticle));
        Assert.Equal("ب", document.Tokens[4].Proclitics);
    }

    [Fact]
    public void Entries_of_one_type_and_latin_name_pool_their_spellings()
    {
        var gazetteer = Over(Person("Kais Saied", "قيس سعيد"), Person("KAIS SAIED", "كيس سعيد"));
        var pooled = Assert.Single(gazetteer.Entities);
        Assert.True(gazetteer.TryGet("كيس سعيد", out var entity));
        Assert.Same(pooled, entity);
        Assert.Equal("قيس سعيد", entity!.ArabicName);
    }

    [Fact]
    public void Parse_reads_a_line_and_rejects_a_malformed_one()
    {
        var entity = Gazetteer.Parse("Doha\tالدوحة|الدوحه", EntityType.Location, "test");
        Assert.Equal(("Doha", "الدوحة", 2), (entity.LatinName, entity.ArabicName, entity.Aliases.Count));
        var error = Assert.Throws<FormatException>(() => Gazetteer.Parse("Doha الدوحة", EntityType.Location, "test.txt"));
        Assert.Contains("test.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_lexicon_reports_the_line_number_of_a_bad_line()
    {
        using var reader = new StringReader("# comment\nDoha\tالدوحة\n\nbad line\n");
        var error = Assert.Throws<FormatException>(() => Gazetteer.ParseLexicon(reader, EntityType.Location, "mine"));
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
    }
}
