using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.Linking;

/// <summary>The seed article's target: each person's spellings and surname mentions form one entity.</summary>
public class SeedArticleLinkingTests
{
    private static readonly Article Seed =
        ArticleExtractor.CreateDefault().Extract(File.ReadAllText(SharedData.PathOf("eval", "dev", "seed-kremlin-summit.txt")));

    [Theory]
    [InlineData("بيسكوف", "Dmitry Peskov", 3)]
    [InlineData("بوتين", "Vladimir Putin", 2)]
    [InlineData("بايدن", "Joe Biden", 2)]
    public void Every_mention_of_a_person_is_one_entity(string surname, string latinName, int spellings)
    {
        var mentions = Seed.Mentions.Where(m => Seed.GetText(m.Span).Contains(surname, StringComparison.Ordinal)).ToList();
        var id = Assert.Single(mentions.Select(m => m.EntityId).Distinct());
        var entity = Seed.Entities.Single(e => e.Id == id);
        Assert.Equal(latinName, entity.LatinName);
        Assert.Equal(spellings, mentions.Select(m => Seed.GetText(m.Span)).Distinct().Count());
    }
}
