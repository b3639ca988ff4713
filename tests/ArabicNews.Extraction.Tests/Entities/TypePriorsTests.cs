using ArabicNews.Extraction.Entities;

namespace ArabicNews.Extraction.Tests.Entities;

public class TypePriorsTests
{
    [Fact]
    public void Prior_is_added_to_both_tags_of_its_type_only()
    {
        var scores = new float[EntityTags.Count];

        new TypePriors(0.5f, -1, 0, 2).AddTo(scores);

        Assert.Equal(0, scores[EntityTags.Outside]);
        Assert.Equal(0.5f, scores[EntityTags.Begin(EntityType.Person)]);
        Assert.Equal(0.5f, scores[EntityTags.Inside(EntityType.Person)]);
        Assert.Equal(-1, scores[EntityTags.Begin(EntityType.Organization)]);
        Assert.Equal(2, scores[EntityTags.Inside(EntityType.Misc)]);
    }

    [Fact]
    public void Priors_survive_writing_and_parsing()
    {
        var priors = new TypePriors(0.25f, -0.5f, 1, 1.5f);

        var parsed = TypePriors.Parse(priors.ToString(), "test");

        Assert.Equal(priors.ToString(), parsed.ToString());
        Assert.Equal(-0.5f, parsed[EntityType.Organization]);
    }

    [Fact]
    public void Missing_type_is_rejected_with_the_source()
    {
        var error = Assert.Throws<InvalidDataException>(() => TypePriors.Parse("PER 1\nORG 0\nLOC 0\n", "model.zip"));

        Assert.Contains("model.zip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Priors_change_the_decision_not_the_model_scores()
    {
        var biases = new float[EntityTags.Count];
        biases[EntityTags.Outside] = 1;
        var model = new TaggerModel([], [], biases);
        var scores = new float[EntityTags.Count];

        model.WithPriors(new TypePriors(2, 0, 0, 0)).Score([], scores);

        Assert.Equal(0, scores[EntityTags.Begin(EntityType.Person)]);
        Assert.Equal(2, model.WithPriors(new TypePriors(2, 0, 0, 0)).Priors[EntityType.Person]);
    }
}
