using ArabicNews.Extraction.Entities;
using ArabicNews.Training;

namespace ArabicNews.Extraction.Tests.Entities;

public class EntityFeaturesTests
{
    private static readonly CorpusSegmenter Segmenter = new();
    private static readonly EntityFeatures Features = new(new WordClusters([]), EntityTriggers.BuiltIn);
    private static readonly Gazetteer NoGazetteer = new([]);

    [Fact]
    public void Proclitic_changes_the_word_but_not_the_bare_word()
    {
        var plain = FeaturesOf("بوتين", 0);
        var withProclitic = FeaturesOf("وبوتين", 0);

        var bare = EntityFeatures.Index(FeatureTemplate.Bare, FeatureHash.Of("بوتين"));
        Assert.Contains(bare, plain);
        Assert.Contains(bare, withProclitic);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Word, FeatureHash.Of("وبوتين")), withProclitic);
        Assert.DoesNotContain(EntityFeatures.Index(FeatureTemplate.Word, FeatureHash.Of("وبوتين")), plain);
    }

    [Fact]
    public void Rare_word_loses_its_four_identity_features_and_keeps_the_rest()
    {
        var document = Segmenter.Segment("قال غوتشولك");
        var rare = new HashSet<ulong> { FeatureHash.Of(document.Tokens[1].Normalized) };

        var all = FeaturesOf(document, 1, null);
        var withoutIdentity = FeaturesOf(document, 1, rare);

        Assert.Equal(all.Count - 4, withoutIdentity.Count);
        Assert.DoesNotContain(EntityFeatures.Index(FeatureTemplate.Word, FeatureHash.Of(document.Tokens[1].Normalized)), withoutIdentity);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.WordMinus1, FeatureHash.Of("قال")), withoutIdentity);
    }

    [Fact]
    public void Context_words_stop_at_the_sentence_boundary()
    {
        var document = Segmenter.Segment("وصل بوتين. قال بايدن");
        var said = Array.FindIndex(document.Tokens, t => t.Normalized == "قال");
        Assert.Equal(2, document.Sentences.Length);

        var features = FeaturesOf(document, said, null);

        Assert.DoesNotContain(EntityFeatures.Index(FeatureTemplate.WordMinus1, FeatureHash.Of(".")), features);
        Assert.DoesNotContain(EntityFeatures.Index(FeatureTemplate.WordMinus2, FeatureHash.Of("بوتين")), features);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.WordPlus1, FeatureHash.Of("بايدن")), features);
    }

    [Fact]
    public void Title_before_a_word_is_a_person_trigger()
    {
        var features = FeaturesOf("وقال الرئيس بوتين", 2);

        Assert.Contains(EntityFeatures.Index(FeatureTemplate.TriggerMinus1, (ulong)TriggerCategory.PersonTitle), features);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.TriggerWindow, (ulong)TriggerCategory.PersonTitle), features);
    }

    [Fact]
    public void Two_word_trigger_announces_an_organization()
    {
        var features = FeaturesOf("قال المتحدث باسم الكرملين", 3);

        Assert.Contains(EntityFeatures.Index(FeatureTemplate.TriggerMinus1, (ulong)(TriggerCategory.OrganizationOf | TriggerCategory.PersonTitle)), features);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.TriggerWindow, (ulong)TriggerCategory.OrganizationOf), features);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.TriggerMinus2, (ulong)TriggerCategory.PersonTitle), features);
    }

    [Fact]
    public void Gazetteer_match_marks_its_first_and_following_tokens()
    {
        var gazetteer = new Gazetteer([new KnownEntity(EntityType.Organization, "United Nations", "الأمم المتحدة", ["الأمم المتحدة"])]);
        var document = Segmenter.Segment("دعت الأمم المتحدة إلى الحوار");

        var first = FeaturesOf(document, 1, null, gazetteer);
        var second = FeaturesOf(document, 2, null, gazetteer);
        var after = FeaturesOf(document, 3, null, gazetteer);

        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Gazetteer, (ulong)EntityTags.Begin(EntityType.Organization)), first);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Gazetteer, (ulong)EntityTags.Inside(EntityType.Organization)), second);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Gazetteer, (ulong)EntityTags.Outside), after);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.GazetteerMinus1, (ulong)EntityTags.Inside(EntityType.Organization)), after);
    }

    [Fact]
    public void Prefixes_come_from_the_base_and_suffixes_from_the_word_without_proclitics()
    {
        // والكرملين: base كرملين, without proclitics الكرملين.
        var features = FeaturesOf("والكرملين", 0);

        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Prefix2, FeatureHash.Of("كر")), features);
        Assert.DoesNotContain(EntityFeatures.Index(FeatureTemplate.Prefix2, FeatureHash.Of("ال")), features);

        // Suffixes are read from the last letter backwards.
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Suffix3, FeatureHash.Of("نيل")), features);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Trigram, FeatureHash.Of("^ال")), features);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Trigram, FeatureHash.Of("ين$")), features);
        Assert.DoesNotContain(EntityFeatures.Index(FeatureTemplate.Trigram, FeatureHash.Of("^وا")), features);
    }

    [Fact]
    public void Word_cluster_is_looked_up_without_proclitics_at_three_levels()
    {
        var clusters = new WordClusters([new(FeatureHash.Of("بوتين"), new WordClass(345, 7))]);
        var features = new EntityFeatures(clusters, EntityTriggers.BuiltIn);
        var document = Segmenter.Segment("وبوتين");
        var buffer = new FeatureBuffer();

        features.Prepare(document, []).AddTokenFeatures(0, buffer);
        var found = buffer.Token(0).ToArray();

        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Fine, 345), found);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Middle, 345 / 8), found);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Coarse, 345 / 64), found);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.Frequency, 7), found);
    }

    [Fact]
    public void Word_contexts_from_news_are_features_of_the_word()
    {
        // A word seen after person titles in more than 10% of its occurrences (category 0), never after the others.
        var clusters = new WordClusters([new(FeatureHash.Of("شيراك"), new WordClass(10, 5, 3))]);
        var features = new EntityFeatures(clusters, EntityTriggers.BuiltIn);
        var buffer = new FeatureBuffer();

        features.Prepare(Segmenter.Segment("وأضاف شيراك"), []).AddTokenFeatures(1, buffer);
        var found = buffer.Token(0).ToArray();

        Assert.Contains(EntityFeatures.Index(FeatureTemplate.ContextShare, (0UL << 8) | 3), found);
        Assert.Contains(EntityFeatures.Index(FeatureTemplate.ContextShare, (1UL << 8) | 0), found);
    }

    [Fact]
    public void Given_name_before_a_word_is_a_trigger()
    {
        var features = FeaturesOf("التقى جاك شيراك", 2);

        Assert.Contains(EntityFeatures.Index(FeatureTemplate.TriggerMinus1, (ulong)TriggerCategory.PersonFirstName), features);
    }

    [Fact]
    public void Article_form_feature_compares_the_word_with_its_other_form()
    {
        // بوتين seen 2^7 times, البوتين never: the word with the article is unknown.
        var clusters = new WordClusters([new(FeatureHash.Of("بوتين"), new WordClass(1, 7)), new(FeatureHash.Of("حكومه"), new WordClass(2, 6)), new(FeatureHash.Of("الحكومه"), new WordClass(3, 9))]);
        var features = new EntityFeatures(clusters, EntityTriggers.BuiltIn);
        var buffer = new FeatureBuffer();

        var prepared = features.Prepare(Segmenter.Segment("بوتين الحكومة"), []);
        prepared.AddTokenFeatures(0, buffer);
        prepared.AddTokenFeatures(1, buffer);

        Assert.True(ContainsArticleForm(buffer.Token(0).ToArray(), 21));
        Assert.True(ContainsArticleForm(buffer.Token(1).ToArray(), (1UL << 8) | (uint)(6 - 9 + 4)));
    }

    [Fact]
    public void Previous_tag_features_differ_by_tag()
    {
        var document = Segmenter.Segment("فلاديمير بوتين");
        var prepared = Features.Prepare(document, []);
        var afterOutside = new int[EntityFeatures.PreviousTagFeatureCount];
        var afterPerson = new int[EntityFeatures.PreviousTagFeatureCount];

        prepared.AddPreviousTagFeatures(1, EntityTags.Outside, afterOutside);
        prepared.AddPreviousTagFeatures(1, EntityTags.Begin(EntityType.Person), afterPerson);

        Assert.Empty(afterOutside.Intersect(afterPerson));
    }

    private static bool ContainsArticleForm(int[] features, ulong value) => features.Contains(EntityFeatures.Index(FeatureTemplate.ArticleForm, value));

    private static List<int> FeaturesOf(string text, int token) => FeaturesOf(Segmenter.Segment(text), token, null);

    private static List<int> FeaturesOf(Document document, int token, IReadOnlySet<ulong>? rare, Gazetteer? gazetteer = null)
    {
        var prepared = Features.Prepare(document, (gazetteer ?? NoGazetteer).Match(document), rare);
        var buffer = new FeatureBuffer();
        prepared.AddTokenFeatures(token, buffer);
        return [.. buffer.Token(0).ToArray()];
    }
}
