namespace ArabicNews.Extraction.Tests.Entities;

/// <summary>Users extend the gazetteer through <see cref="ArticleExtractorBuilder"/>.</summary>
public class GazetteerBuilderTests
{
    [Fact]
    public void An_added_entity_is_found_and_named()
    {
        const string text = "قال سليم الزواري إن";
        Assert.All(ArticleExtractor.CreateDefault().Extract(text).Entities, e => Assert.Null(e.LatinName));

        var extractor = new ArticleExtractorBuilder().AddEntity(EntityType.Person, "Slim Zouari", "سليم الزواري").Build();
        var entity = Assert.Single(extractor.Extract(text).Entities);
        Assert.Equal((EntityType.Person, "سليم الزواري", "Slim Zouari"), (entity.Type, entity.Name, entity.LatinName));
    }

    [Fact]
    public void An_entry_with_a_built_in_latin_name_adds_a_spelling_to_it()
    {
        var extractor = new ArticleExtractorBuilder().AddEntity(EntityType.Person, "Vladimir Putin", "بوتينوف").Build();
        var article = extractor.Extract("قال بوتينوف ثم فلاديمير بوتين");
        var entity = Assert.Single(article.Entities);
        Assert.Equal(2, entity.Mentions.Count);
    }

    [Fact]
    public void A_lexicon_in_the_built_in_format_is_read()
    {
        using var lexicon = new StringReader("# my places\nBir Lahmar\tبئر الأحمر|بير الأحمر\n");
        var extractor = new ArticleExtractorBuilder().AddGazetteer(EntityType.Location, lexicon).Build();
        var entity = Assert.Single(extractor.Extract("وصل إلى بير الأحمر").Entities);
        Assert.Equal(("بير الأحمر", "Bir Lahmar"), (entity.Name, entity.LatinName));
    }

    [Fact]
    public void A_malformed_lexicon_line_is_reported_with_its_number()
    {
        using var lexicon = new StringReader("Bir Lahmar\tبئر الأحمر\nno tab here\n");
        var error = Assert.Throws<FormatException>(() => new ArticleExtractorBuilder().AddGazetteer(EntityType.Location, lexicon));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Added_entities_need_a_latin_name_a_spelling_and_a_type()
    {
        var builder = new ArticleExtractorBuilder();
        Assert.Throws<ArgumentException>(() => builder.AddEntity(EntityType.Person, " ", "سليم"));
        Assert.Throws<ArgumentException>(() => builder.AddEntity(EntityType.Person, "Slim", " "));
        Assert.Throws<ArgumentException>(() => builder.AddEntity((EntityType)42, "Slim", "سليم"));
        Assert.Throws<ArgumentNullException>(() => builder.AddGazetteer(EntityType.Person, null!));
    }

    [Theory]
    [InlineData("\uD800 بوتين (NATO) ((")]
    [InlineData("( ) ) بوتين")]
    [InlineData("NATO NATO (NATO)")]
    [InlineData("الرئيس")]
    [InlineData("")]
    public void Odd_input_gives_valid_entities(string text)
    {
        var article = ArticleExtractor.CreateDefault().Extract(text);
        Assert.All(article.Entities, e => Assert.All(e.Mentions, m => Assert.True(m.Span.Start >= 0 && m.Span.End <= text.Length && !m.Span.IsEmpty)));
        Assert.Equal(article.Mentions.Count, article.Entities.Sum(e => e.Mentions.Count));
    }

    [Fact]
    public void An_added_name_is_kept_whole_by_the_clitic_analyzer()
    {
        const string text = "زار لمطة";
        Assert.False(ArticleExtractor.CreateDefault().Extract(text).Tokens[1].Proclitic.IsEmpty);
        var article = new ArticleExtractorBuilder().AddEntity(EntityType.Location, "Lamta", "لمطة").Build().Extract(text);
        Assert.True(article.Tokens[1].Proclitic.IsEmpty);
    }

    [Fact]
    public void Misc_entities_are_off_by_default_and_on_when_asked_for()
    {
        // The built-in tagger tags a currency as MISC, as ANERcorp does.
        const string text = "وبلغت قيمة الصفقة مليار دولار أمريكي.";

        Assert.DoesNotContain(ArticleExtractor.CreateDefault().Extract(text).Entities, e => e.Type == EntityType.Misc);
        Assert.Contains(new ArticleExtractorBuilder().IncludeMiscEntities().Build().Extract(text).Entities, e => e.Type == EntityType.Misc);
    }
}
