using ArabicNews.Extraction.Entities;

namespace ArabicNews.Extraction.Tests.Entities;

public class EntityTagsTests
{
    [Theory]
    [InlineData("O", "B-PER", true)]
    [InlineData("O", "I-PER", false)]
    [InlineData("B-PER", "I-PER", true)]
    [InlineData("I-PER", "I-PER", true)]
    [InlineData("B-PER", "I-ORG", false)]
    [InlineData("I-LOC", "I-MISC", false)]
    [InlineData("I-ORG", "B-ORG", true)]
    [InlineData("B-LOC", "O", true)]
    public void Inside_tag_only_continues_its_own_type(string previous, string tag, bool allowed) =>
        Assert.Equal(allowed, EntityTags.CanFollow(EntityTags.Parse(previous), EntityTags.Parse(tag)));

    [Fact]
    public void ANERcorp_PERS_reads_as_person()
    {
        Assert.Equal(EntityTags.Begin(EntityType.Person), EntityTags.Parse("B-PERS"));
        Assert.Equal(EntityTags.Inside(EntityType.Person), EntityTags.Parse("I-PERS"));
    }

    [Fact]
    public void Unknown_tag_is_rejected() => Assert.Throws<FormatException>(() => EntityTags.Parse("B-DATE"));

    [Fact]
    public void Tag_names_follow_the_type_helpers()
    {
        foreach (var type in new[] { EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Misc })
        {
            Assert.True(EntityTags.IsBegin(EntityTags.Begin(type)));
            Assert.True(EntityTags.IsInside(EntityTags.Inside(type)));
            Assert.Equal(type, EntityTags.TypeOf(EntityTags.Begin(type)));
            Assert.Equal(type, EntityTags.TypeOf(EntityTags.Inside(type)));
        }
    }
}
