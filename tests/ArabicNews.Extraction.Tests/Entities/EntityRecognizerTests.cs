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
    public void One_word_gazetteer_match_the_tagger_left_untagged_is_a_mention()
    {
        var (texts, candidates) = Recognize("زار الوفد روسيا أمس", Never(), new Gazetteer([Russia]));

        Assert.Equal(["روسيا"], texts);
        Assert.Equal(MentionSource.Gazetteer, candidates[0].Source);
    }

    [Fact]
    public void Common_word_spelling_the_tagger_left_untagged_is_not_a_mention()
    {
        var cannes = new KnownEntity(EntityType.Location, "Cannes", "كان", ["كان"]);

        var (texts, _) = Recognize("كان الوفد في روسيا", Never(), new Gazetteer([cannes]));

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
    public void Known_person_ending_a_tagged_person_mention_is_the_mention()
    {
        var mandela = new KnownEntity(EntityType.Person, "Nelson Mandela", "نيلسون مانديلا", ["نيلسون مانديلا"]);

        var (texts, candidates) = Recognize("السجين نيلسون مانديلا", Always(EntityType.Person), new Gazetteer([mandela]));

        Assert.Equal(["نيلسون مانديلا"], texts);
        Assert.Same(mandela.LatinName, candidates[0].Known!.LatinName);
    }

    [Fact]
    public void Misc_mentions_are_reported_only_when_asked_for()
    {
        var document = Segmenter.Segment("كأس العالم");

        var with = new EntityRecognizer(NoGazetteer, Always(EntityType.Misc), includesMisc: true).Recognize(document, CancellationToken.None);
        var without = new EntityRecognizer(NoGazetteer, Always(EntityType.Misc), includesMisc: false).Recognize(document, CancellationToken.None);

        Assert.Equal(EntityType.Misc, Assert.Single(with).Type);
        Assert.Empty(without);
    }

    [Theory]
    [InlineData("وليد السالمي على", "وليد السالمي")]
    [InlineData("بأن وليد السالمي", "وليد السالمي")]
    [InlineData("وليد السالمي فإن الوباء", "وليد السالمي")]
    [InlineData("علي بن سالم", "علي بن سالم")]
    public void Person_mention_holds_no_function_word(string text, string expected)
    {
        var (texts, _) = Recognize(text, Always(EntityType.Person), NoGazetteer);

        Assert.Equal([expected], texts);
    }

    [Fact]
    public void Organization_mention_may_hold_a_function_word_inside()
    {
        var (texts, _) = Recognize("هيئة الدفاع عن الحقوق", Always(EntityType.Organization), NoGazetteer);

        Assert.Equal(["هيئة الدفاع عن الحقوق"], texts);
    }

    [Fact]
    public void Mention_of_function_words_alone_is_dropped()
    {
        var (texts, _) = Recognize("بأن", Always(EntityType.Person), NoGazetteer);

        Assert.Empty(texts);
    }

    [Theory]
    [InlineData("حزب العمال الديمقراطي", EntityType.Organization, "العمال الديمقراطي")]
    [InlineData("حزب حركة النهضة الجديدة", EntityType.Organization, "النهضة الجديدة")]
    [InlineData("حزب الله", EntityType.Organization, "حزب الله")]
    [InlineData("مدينة بنزرت الجديدة", EntityType.Location, "بنزرت الجديدة")]
    [InlineData("الدكتور وليد السالمي", EntityType.Person, "وليد السالمي")]
    public void Titles_and_generic_heads_stay_outside_a_tagged_mention(string text, EntityType type, string expected)
    {
        var (texts, _) = Recognize(text, Always(type), NoGazetteer);

        Assert.Equal([expected], texts);
    }

    [Theory]
    [InlineData("قال المدير نجم الدين الأحمد", "الدين", "نجم الدين الأحمد")]
    [InlineData("قال المدير عبد الرحمن الأحمد", "الرحمن", "عبد الرحمن الأحمد")]
    public void Person_mention_takes_the_first_half_of_a_compound_given_name(string text, string taggedFrom, string expected)
    {
        var (texts, _) = Recognize(text, PersonFrom(taggedFrom), NoGazetteer);

        Assert.Equal([expected], texts);
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

    // A tagger that begins a person at the word `first` and goes on to the sentence's end.
    private static EntityTagger PersonFrom(string first)
    {
        var biases = Enumerable.Repeat(-5f, EntityTags.Count).ToArray();
        biases[EntityTags.Outside] = 0;
        biases[EntityTags.Inside(EntityType.Person)] = -1;
        var weights = new float[EntityTags.Count];
        weights[EntityTags.Begin(EntityType.Person)] = 10;
        var begin = EntityFeatures.Index(FeatureTemplate.Word, FeatureHash.Of(first));
        var afterBegin = EntityFeatures.Index(FeatureTemplate.PreviousTag, (ulong)EntityTags.Begin(EntityType.Person));
        var afterInside = EntityFeatures.Index(FeatureTemplate.PreviousTag, (ulong)EntityTags.Inside(EntityType.Person));
        var features = new[] { (begin, weights), (afterBegin, InsideWeights()), (afterInside, InsideWeights()) }.OrderBy(f => f.Item1).ToArray();
        return new EntityTagger(EntityFeatures.BuiltIn, new TaggerModel([.. features.Select(f => f.Item1)], [.. features.SelectMany(f => f.Item2)], biases));

        static float[] InsideWeights()
        {
            var inside = new float[EntityTags.Count];
            inside[EntityTags.Inside(EntityType.Person)] = 10;
            return inside;
        }
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
