using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Linking;
using static ArabicNews.Extraction.Tests.Entities.GazetteerTestDocuments;

namespace ArabicNews.Extraction.Tests.Linking;

/// <summary>One test per linking rule, each with the case it must not merge.</summary>
public class EntityLinkerTests
{
    private static readonly KnownEntity Putin = Person("Vladimir Putin", "فلاديمير بوتين", "بوتين");
    private static readonly KnownEntity MichelAoun = Person("Michel Aoun", "ميشال عون", "عون");
    private static readonly KnownEntity JosephAoun = Person("Joseph Aoun", "جوزاف عون", "عون");
    private static readonly KnownEntity Washington = Location("Washington", "واشنطن");
    private static readonly KnownEntity UnitedStates = Location("United States", "الولايات المتحدة", "أمريكا");
    private static readonly Gazetteer Known = Over(Putin, MichelAoun, JosephAoun, Washington, UnitedStates);

    [Fact]
    public void Every_spelling_of_a_known_entity_is_one_entity_named_by_its_fullest_form()
    {
        var linked = Link("قال بوتين إن فلاديمير بوتين", ("بوتين", 0, EntityType.Person, Putin), ("فلاديمير بوتين", 0, EntityType.Person, Putin));
        var entity = Assert.Single(linked.Entities);
        Assert.Equal(("فلاديمير بوتين", "Vladimir Putin", 2), (entity.Name, entity.LatinName, entity.Mentions.Count));
    }

    [Fact]
    public void Among_full_forms_the_gazetteers_canonical_spelling_names_the_entity()
    {
        var peskov = Person("Dmitry Peskov", "دميتري بيسكوف", "ديميتري بيسكوف");
        var linked = Link("قال ديميتري بيسكوف ثم دميتري بيسكوف", ("ديميتري بيسكوف", 0, EntityType.Person, peskov), ("دميتري بيسكوف", 0, EntityType.Person, peskov));
        Assert.Equal("دميتري بيسكوف", Assert.Single(linked.Entities).Name);
    }

    [Fact]
    public void A_known_entity_seen_only_by_its_surname_takes_the_gazetteers_full_name()
    {
        var linked = Link("قال بوتين", ("بوتين", 0, EntityType.Person, Putin));
        Assert.Equal("فلاديمير بوتين", Assert.Single(linked.Entities).Name);
    }

    [Fact]
    public void A_name_the_recognizer_did_not_tie_to_the_gazetteer_is_looked_up_there()
    {
        var linked = Link("قال بوتين ثم فلاديمير بوتين", ("بوتين", 0, EntityType.Person, null), ("فلاديمير بوتين", 0, EntityType.Person, Putin));
        Assert.Equal("Vladimir Putin", Assert.Single(linked.Entities).LatinName);
    }

    [Fact]
    public void A_shared_spelling_found_by_the_tagger_goes_to_the_candidate_in_the_article()
    {
        var linked = Link("استقبل جوزاف عون الوفد وقال عون", ("جوزاف عون", 0, EntityType.Person, JosephAoun), ("عون", 1, EntityType.Person, null));
        Assert.Equal("Joseph Aoun", Assert.Single(linked.Entities).LatinName);
    }

    [Fact]
    public void A_surname_joins_the_full_name_that_ends_with_it()
    {
        var linked = Link("قال سامي الطرابلسي إن الطرابلسي", ("سامي الطرابلسي", 0, EntityType.Person, null), ("الطرابلسي", 1, EntityType.Person, null));
        Assert.Equal("سامي الطرابلسي", Assert.Single(linked.Entities).Name);
    }

    [Fact]
    public void Two_full_names_with_different_first_names_are_two_people()
    {
        var linked = Link(
            "قال سامي الطرابلسي وأحمد الطرابلسي",
            ("سامي الطرابلسي", 0, EntityType.Person, null),
            ("أحمد الطرابلسي", 0, EntityType.Person, null));
        Assert.Equal(2, linked.Entities.Count);
    }

    [Fact]
    public void A_surname_with_two_candidates_joins_the_most_recent_full_name()
    {
        var linked = Link(
            "قال سامي الطرابلسي ثم أحمد الطرابلسي. وأضاف الطرابلسي",
            ("سامي الطرابلسي", 0, EntityType.Person, null),
            ("أحمد الطرابلسي", 0, EntityType.Person, null),
            ("الطرابلسي", 2, EntityType.Person, null));
        Assert.Equal(linked.EntityIdOfCandidate[1], linked.EntityIdOfCandidate[2]);
        Assert.NotEqual(linked.EntityIdOfCandidate[0], linked.EntityIdOfCandidate[2]);
    }

    [Fact]
    public void A_surname_before_any_full_name_joins_the_next_full_name()
    {
        var linked = Link("الطرابلسي: سنفوز. وقال سامي الطرابلسي", ("الطرابلسي", 0, EntityType.Person, null), ("سامي الطرابلسي", 0, EntityType.Person, null));
        var entity = Assert.Single(linked.Entities);
        Assert.Equal(("E1", "سامي الطرابلسي"), (entity.Id, entity.Name));
    }

    [Fact]
    public void A_first_name_alone_does_not_join_a_full_name()
    {
        var linked = Link("قال سامي الطرابلسي إن سامي", ("سامي الطرابلسي", 0, EntityType.Person, null), ("سامي", 1, EntityType.Person, null));
        Assert.Equal(2, linked.Entities.Count);
    }

    [Fact]
    public void Spellings_that_differ_in_long_vowels_are_one_name()
    {
        var linked = Link("قال دميتري كوزاك ثم ديميتري كوزاك", ("دميتري كوزاك", 0, EntityType.Person, null), ("ديميتري كوزاك", 0, EntityType.Person, null));
        Assert.Single(linked.Entities);
    }

    [Fact]
    public void Given_names_that_differ_in_long_vowels_are_different_names()
    {
        var linked = Link("قال محمد عباس ثم محمود عباس", ("محمد عباس", 0, EntityType.Person, null), ("محمود عباس", 0, EntityType.Person, null));
        Assert.Equal(2, linked.Entities.Count);
    }

    [Fact]
    public void Names_with_and_without_the_article_are_one_name()
    {
        var linked = Link("فاز الترجي على ترجي", ("الترجي", 0, EntityType.Organization, null), ("ترجي", 1, EntityType.Organization, null));
        Assert.Single(linked.Entities);
    }

    [Fact]
    public void A_proclitic_inside_a_mention_does_not_change_its_name()
    {
        var linked = Link("قال سامي الطرابلسي ثم وسامي الطرابلسي", ("سامي الطرابلسي", 0, EntityType.Person, null), ("وسامي الطرابلسي", 0, EntityType.Person, null));
        Assert.Single(linked.Entities);
    }

    [Fact]
    public void A_name_with_and_without_its_generic_head_is_one_name()
    {
        var linked = Link("قالت حركة الوفاق إن الوفاق", ("حركة الوفاق", 0, EntityType.Organization, null), ("الوفاق", 1, EntityType.Organization, null));
        Assert.Single(linked.Entities);
    }

    [Fact]
    public void An_event_named_after_a_place_is_not_the_place()
    {
        var linked = Link("في مهرجان كان بمدينة كان", ("مهرجان كان", 0, EntityType.Organization, null), ("كان", 1, EntityType.Location, null));
        Assert.Equal(2, linked.Entities.Count);
    }

    [Fact]
    public void A_title_inside_a_person_mention_is_left_out_of_its_name()
    {
        var linked = Link("قال الرئيس سامي الطرابلسي ثم الطرابلسي", ("الرئيس سامي الطرابلسي", 0, EntityType.Person, null), ("الطرابلسي", 1, EntityType.Person, null));
        Assert.Equal("سامي الطرابلسي", Assert.Single(linked.Entities).Name);
    }

    [Fact]
    public void A_name_in_brackets_after_a_name_of_its_type_is_the_same_entity()
    {
        var linked = Link(
            "أعلنت الوكالة الأوروبية للفضاء (ESA) أن",
            ("الوكالة الأوروبية للفضاء", 0, EntityType.Organization, null),
            ("ESA", 0, EntityType.Organization, null));
        Assert.Single(linked.Entities);
    }

    [Fact]
    public void A_name_in_brackets_of_another_type_is_another_entity()
    {
        var linked = Link("موسكو (رويترز) - قال", ("موسكو", 0, EntityType.Location, null), ("رويترز", 0, EntityType.Organization, null));
        Assert.Equal(2, linked.Entities.Count);
    }

    [Fact]
    public void A_city_is_not_merged_with_the_state_it_stands_for()
    {
        var linked = Link(
            "قالت واشنطن إن الولايات المتحدة",
            ("واشنطن", 0, EntityType.Location, Washington),
            ("الولايات المتحدة", 0, EntityType.Location, UnitedStates));
        Assert.Equal(2, linked.Entities.Count);
    }

    [Fact]
    public void A_person_and_a_place_with_the_same_name_are_two_entities()
    {
        var linked = Link("قال الطرابلسي في الطرابلسي", ("الطرابلسي", 0, EntityType.Person, null), ("الطرابلسي", 1, EntityType.Location, null));
        Assert.Equal(2, linked.Entities.Count);
    }

    [Fact]
    public void The_gazetteers_type_wins_over_the_mentions()
    {
        var linked = Link("قالت واشنطن", ("واشنطن", 0, EntityType.Organization, Washington));
        Assert.Equal(EntityType.Location, Assert.Single(linked.Entities).Type);
    }

    [Fact]
    public void An_unknown_entity_takes_its_mentions_majority_type()
    {
        var linked = Link(
            "الوفاق ثم الوفاق ثم الوفاق",
            ("الوفاق", 0, EntityType.Location, null),
            ("الوفاق", 1, EntityType.Organization, null),
            ("الوفاق", 2, EntityType.Organization, null));
        Assert.Equal(EntityType.Organization, Assert.Single(linked.Entities).Type);
    }

    [Fact]
    public void Ids_follow_first_mentions_and_mentions_keep_text_order()
    {
        var linked = Link(
            "قال بوتين إن واشنطن وبوتين",
            ("واشنطن", 0, EntityType.Location, Washington),
            ("بوتين", 0, EntityType.Person, Putin),
            ("بوتين", 1, EntityType.Person, Putin));
        Assert.Equal(["E1", "E2"], linked.Entities.Select(e => e.Id));
        Assert.Equal("Vladimir Putin", linked.Entities[0].LatinName);
        Assert.Equal(["E2", "E1", "E1"], linked.EntityIdOfCandidate);
        Assert.Equal(["E1", "E2", "E1"], linked.Mentions.Select(m => m.EntityId));
    }

    private static LinkedEntities Link(string text, params (string Name, int Occurrence, EntityType Type, KnownEntity? Known)[] mentions)
    {
        var document = Segment(text, Known);
        var candidates = mentions.Select(m => Candidate(document, m.Name, m.Occurrence, m.Type, m.Known)).ToList();
        return new EntityLinker(Known).Link(document, candidates);
    }

    private static MentionCandidate Candidate(Document document, string name, int occurrence, EntityType type, KnownEntity? known)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
            start = document.Text.IndexOf(name, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{name}' #{occurrence} is not in the text");
        var end = start + name.Length;
        var first = Array.FindIndex(document.Tokens, t => t.Span.End > start);
        var last = Array.FindLastIndex(document.Tokens, t => t.Span.Start < end);
        return new MentionCandidate(first, last - first + 1, new TextSpan(start, end), type, 1.0, MentionSource.Model, known);
    }
}
