using ArabicNews.Extraction.Entities;
using ArabicNews.Training;

namespace ArabicNews.Extraction.Tests.Entities;

public class EntityTriggersTests
{
    private static readonly CorpusSegmenter Segmenter = new();

    [Fact]
    public void Title_with_a_proclitic_ends_at_its_token()
    {
        var (words, bare) = Keys("وقال والرئيس بوتين");

        Assert.Equal(TriggerCategory.PersonTitle, EntityTriggers.BuiltIn.EndingAt(words, bare, 0, 1) & TriggerCategory.PersonTitle);
        Assert.Equal(TriggerCategory.None, EntityTriggers.BuiltIn.EndingAt(words, bare, 0, 2));
    }

    [Fact]
    public void Phrase_must_start_inside_the_bounds()
    {
        var (words, bare) = Keys("المتحدث باسم الوزارة");

        // المتحدث باسم is a title of titles.txt too; باسم alone only announces an organization.
        Assert.Equal(TriggerCategory.OrganizationOf | TriggerCategory.PersonTitle, EntityTriggers.BuiltIn.EndingAt(words, bare, 0, 1));
        Assert.Equal(TriggerCategory.OrganizationOf, EntityTriggers.BuiltIn.EndingAt(words, bare, 1, 1));
    }

    [Fact]
    public void Longest_title_at_the_start_of_a_name()
    {
        var (words, bare) = Keys("رئيس الوزراء بنيامين نتنياهو");

        Assert.Equal(2, EntityTriggers.BuiltIn.LengthStartingAt(words, bare, 0, 4, TriggerCategory.PersonTitle));
        Assert.Equal(1, EntityTriggers.BuiltIn.LengthStartingAt(words, bare, 0, 1, TriggerCategory.PersonTitle));
        Assert.Equal(0, EntityTriggers.BuiltIn.LengthStartingAt(words, bare, 2, 4, TriggerCategory.PersonTitle));
    }

    [Fact]
    public void Spelling_may_belong_to_several_categories()
    {
        var triggers = EntityTriggers.Parse(["organization-head\tولاية", "location-head\tولاية"], "test");
        var (words, bare) = Keys("ولاية");

        Assert.Equal(TriggerCategory.OrganizationHead | TriggerCategory.LocationHead, triggers.EndingAt(words, bare, 0, 0));
    }

    [Fact]
    public void Unknown_category_is_rejected_with_the_source()
    {
        var error = Assert.Throws<FormatException>(() => EntityTriggers.Parse(["date-head\tيوم"], "my-triggers.txt"));

        Assert.Contains("my-triggers.txt", error.Message, StringComparison.Ordinal);
    }

    private static (ulong[] Words, ulong[] Bare) Keys(string text)
    {
        var tokens = Segmenter.Segment(text).Tokens;
        return ([.. tokens.Select(t => FeatureHash.Of(t.Normalized))], [.. tokens.Select(t => FeatureHash.Of(t.Normalized.AsSpan(t.Proclitics.Length)))]);
    }

    [Fact]
    public void Titles_and_given_names_of_the_shared_lexicons_are_triggers()
    {
        var (words, bare) = Keys("المستشار سمير");

        Assert.Equal(TriggerCategory.PersonTitle, EntityTriggers.BuiltIn.EndingAt(words, bare, 0, 0) & TriggerCategory.PersonTitle);
        Assert.Equal(TriggerCategory.PersonFirstName, EntityTriggers.BuiltIn.EndingAt(words, bare, 1, 1) & TriggerCategory.PersonFirstName);
    }
}
