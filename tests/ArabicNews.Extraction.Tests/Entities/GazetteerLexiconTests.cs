using ArabicNews.Extraction.Entities;

namespace ArabicNews.Extraction.Tests.Entities;

/// <summary>The built-in lexicons: they load, cover what they promise, and keep their conventions.</summary>
public class GazetteerLexiconTests
{
    private static readonly Gazetteer BuiltIn = new(Gazetteer.BuiltIn());

    [Fact]
    public void The_built_in_lexicons_hold_thousands_of_entities_of_every_type()
    {
        Assert.True(BuiltIn.Entities.Count >= 2500, $"{BuiltIn.Entities.Count} entities");
        Assert.All(
            new[] { EntityType.Person, EntityType.Organization, EntityType.Location },
            type => Assert.True(BuiltIn.Entities.Count(e => e.Type == type) >= 700, $"{type}"));
    }

    [Theory]
    [InlineData("تونس")]
    [InlineData("أريانة")]
    [InlineData("بن عروس")]
    [InlineData("منوبة")]
    [InlineData("نابل")]
    [InlineData("زغوان")]
    [InlineData("بنزرت")]
    [InlineData("باجة")]
    [InlineData("جندوبة")]
    [InlineData("الكاف")]
    [InlineData("سليانة")]
    [InlineData("سوسة")]
    [InlineData("المنستير")]
    [InlineData("المهدية")]
    [InlineData("صفاقس")]
    [InlineData("القيروان")]
    [InlineData("القصرين")]
    [InlineData("سيدي بوزيد")]
    [InlineData("قابس")]
    [InlineData("مدنين")]
    [InlineData("تطاوين")]
    [InlineData("قفصة")]
    [InlineData("توزر")]
    [InlineData("قبلي")]
    public void Every_tunisian_governorate_is_a_known_location(string name)
    {
        var spelling = BuiltIn.Lookup(PhraseTrie.Words(name));
        Assert.NotNull(spelling);
        Assert.Contains(spelling.Candidates, c => c.Type == EntityType.Location);
    }

    [Theory]
    [InlineData("الأمم المتحدة", "United Nations")]
    [InlineData("حلف شمال الأطلسي", "NATO")]
    [InlineData("صندوق النقد الدولي", "International Monetary Fund")]
    [InlineData("جامعة الدول العربية", "Arab League")]
    [InlineData("أ ف ب", "Agence France-Presse")]
    [InlineData("وات", "Tunis Afrique Presse")]
    [InlineData("غوتيريش", "Antonio Guterres")]
    [InlineData("أميركا", "United States")]
    [InlineData("موسكو", "Moscow")]
    public void Well_known_entities_and_their_variants_are_known(string spelling, string latin)
    {
        Assert.True(BuiltIn.TryGet(spelling, out var entity));
        Assert.Equal(latin, entity!.LatinName);
    }

    [Fact]
    public void No_persons_spelling_starts_with_a_title()
    {
        var titled = new List<string>();
        foreach (var alias in BuiltIn.Entities.Where(e => e.Type == EntityType.Person).SelectMany(e => e.Aliases))
        {
            var document = GazetteerTestDocuments.Segment(alias);
            if (TitleLexicon.BuiltIn.TryMatchAt(document, 0, document.Tokens.Length - 1, out var title) && title.Kind is TitleKind.Person or TitleKind.Honorific)
                titled.Add(alias);
        }

        Assert.Empty(titled);
    }

    [Fact]
    public void Ambiguous_and_given_name_lists_hold_single_words()
    {
        Assert.All(Gazetteer.BuiltInAmbiguousWords(), word => Assert.Single(PhraseTrie.Words(word)));
    }
}
