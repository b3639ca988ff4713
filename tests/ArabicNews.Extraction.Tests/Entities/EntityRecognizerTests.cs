using ArabicNews.Extraction.Entities;
using ArabicNews.Training;

namespace ArabicNews.Extraction.Tests.Entities;

public class EntityRecognizerTests
{
    private static readonly CorpusSegmenter Segmenter = new();
    private static readonly Gazetteer NoGazetteer = new([]);
    private static readonly KnownEntity Russia = new(EntityType.Location, "Russia", "روسيا", ["روسيا"]);
    private static readonly KnownEntity UnitedNations = new(EntityType.Organization, "United Nations", "الأمم المتحدة", ["الأمم المتحدة"]);

    [Fact]
    public void Person_title_stays_outside_the_mention()
    {
        var mentions = Recognize("الرئيس فلاديمير بوتين", Always(EntityType.Person), NoGazetteer);

        Assert.Equal(["فلاديمير بوتين"], mentions.Texts);
    }

    [Fact]
    public void Two_word_title_stays_outside_the_mention()
    {
        var mentions = Recognize("رئيس الوزراء بنيامين نتنياهو", Always(EntityType.Person), NoGazetteer);

        Assert.Equal(["بنيامين نتنياهو"], mentions.Texts);
    }

    [Fact]
    public void Title_alone_is_not_trimmed_to_nothing()
    {
        var mentions = Recognize("الرئيس", Always(EntityType.Person), NoGazetteer);

        Assert.Equal(["الرئيس"], mentions.Texts);
    }

    [Fact]
    public void Organization_keeps_a_leading_title_word_of_its_own()
    {
        var mentions = Recognize("الرئيس للشركة", Always(EntityType.Organization), NoGazetteer);

        Assert.Equal(["الرئيس للشركة"], mentions.Texts);
    }

    [Fact]
    public void Proclitic_of_the_first_token_stays_outside()
    {
        var mentions = Recognize("وفلاديمير بوتين", Always(EntityType.Person), NoGazetteer);

        Assert.Equal(["فلاديمير بوتين"], mentions.Texts);
    }

    [Fact]
    public void Future_marker_letter_starts_a_name()
    {
        var mentions = Recognize("وسيرجي لافروف", Always(EntityType.Person), NoGazetteer);

        Assert.Equal(["سيرجي لافروف"], mentions.Texts);
    }

    [Fact]
    public void Article_that_belongs_to_the_name_stays_inside()
    {
        var mentions = Recognize("والكرملين", Always(EntityType.Organization), NoGazetteer);

        Assert.Equal(["الكرملين"], mentions.Texts);
    }

    [Fact]
    public void Gazetteer_adds_a_multi_word_name_the_tagger_left_untagged()
    {
        var (texts, candidates) = Recognize("دعت الأمم المتحدة إلى الحوار", Never(), new Gazetteer([UnitedNations]));

        Assert.Equal(["الأمم المتحدة"], texts);
        Assert.Equal(MentionSource.Gazetteer, candidates[0].Source);
        Assert.Equal(EntityType.Organization, candidates[0].Type);
        Assert.Same(UnitedNations, candidates[0].Known);
    }

    [Fact]
    public void One_word_gazetteer_match_the_tagger_left_untagged_is_not_a_mention()
    {
        var (texts, _) = Recognize("زار الوفد روسيا أمس", Never(), new Gazetteer([Russia]));

        Assert.Empty(texts);
    }

    [Fact]
    public void Gazetteer_confirming_a_tagged_span_names_its_entity_and_type()
    {
        var (texts, candidates) = Recognize("وروسيا", Always(EntityType.Person), new Gazetteer([Russia]));

        Assert.Equal(["روسيا"], texts);
        Assert.Equal(MentionSource.ModelAndGazetteer, candidates[0].Source);
        Assert.Equal(EntityType.Location, candidates[0].Type);
    }

    [Fact]
    public void Tagged_span_wins_over_an_overlapping_gazetteer_match()
    {
        var (texts, candidates) = Recognize("مجلس الدوما روسيا", Always(EntityType.Organization), new Gazetteer([Russia]));

        Assert.Equal(["مجلس الدوما روسيا"], texts);
        Assert.Equal(MentionSource.Model, candidates[0].Source);
    }

    [Fact]
    public void Mentions_do_not_cross_sentences()
    {
        var (_, candidates) = Recognize("بوتين يتحدث. بايدن يرد", Always(EntityType.Person), NoGazetteer);

        Assert.Equal(2, candidates.Count);
    }

    [Fact]
    public void Built_in_tagger_finds_a_titled_person_and_a_place()
    {
        var recognizer = new EntityRecognizer(NoGazetteer);
        var document = Segmenter.Segment("وقال الرئيس الأمريكي جورج بوش في واشنطن إن المحادثات كانت مثمرة .");

        var mentions = recognizer.Recognize(document, CancellationToken.None);
        var found = mentions.Select(m => (m.Span.GetText(document.Text), m.Type)).ToList();

        Assert.Contains(("جورج بوش", EntityType.Person), found);
        Assert.Contains(("واشنطن", EntityType.Location), found);
        Assert.All(mentions, m => Assert.Equal(MentionSource.Model, m.Source));
    }

    [Fact]
    public void Empty_document_has_no_mentions()
    {
        var recognizer = new EntityRecognizer(NoGazetteer);

        Assert.Empty(recognizer.Recognize(Segmenter.Segment(" \n "), CancellationToken.None));
    }

    // A tagger whose model ignores the features: every token's best tag is an entity of `type` (B- first, then I-).
    private static EntityTagger Always(EntityType type)
    {
        var biases = Enumerable.Repeat(-5f, EntityTags.Count).ToArray();
        biases[EntityTags.Outside] = 0;
        biases[EntityTags.Begin(type)] = 1;
        biases[EntityTags.Inside(type)] = 2;
        return Tagger(biases);
    }

    private static EntityTagger Never()
    {
        var biases = new float[EntityTags.Count];
        biases[EntityTags.Outside] = 5;
        return Tagger(biases);
    }

    private static EntityTagger Tagger(float[] biases)
    {
        return new EntityTagger(EntityFeatures.BuiltIn, new TaggerModel([], [], biases));
    }

    private static (List<string> Texts, IReadOnlyList<MentionCandidate> Candidates) Recognize(string text, EntityTagger tagger, Gazetteer gazetteer)
    {
        var document = Segmenter.Segment(text);
        var candidates = new EntityRecognizer(gazetteer, tagger).Recognize(document, CancellationToken.None);
        return ([.. candidates.Select(c => c.Span.GetText(document.Text))], candidates);
    }
}
