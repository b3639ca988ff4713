using ArabicNews.Extraction.Entities;

namespace ArabicNews.Extraction.Tests.Entities;

public class TagDecoderTests
{
    private const int Tags = EntityTags.Count;

    [Fact]
    public void Sentence_never_starts_with_an_inside_tag()
    {
        // I-PER scores highest everywhere: the first token must still begin the entity.
        var scores = Scores(3, (_, _, tag) => tag == EntityTags.Inside(EntityType.Person) ? 5 : tag == EntityTags.Begin(EntityType.Person) ? 1 : 0);

        var tags = Decode(scores, 3);

        Assert.Equal(["B-PER", "I-PER", "I-PER"], tags);
    }

    [Fact]
    public void Inside_tag_never_follows_another_type()
    {
        // Token 0 is clearly B-LOC; token 1 prefers I-ORG, which cannot follow B-LOC.
        var scores = Scores(2, (token, _, tag) => (token, tag) switch
        {
            (0, var t) when t == EntityTags.Begin(EntityType.Location) => 9,
            (1, var t) when t == EntityTags.Inside(EntityType.Organization) => 5,
            (1, var t) when t == EntityTags.Begin(EntityType.Organization) => 3,
            _ => 0,
        });

        var tags = Decode(scores, 2);

        Assert.Equal(["B-LOC", "B-ORG"], tags);
    }

    [Fact]
    public void Whole_path_wins_over_the_locally_best_tag()
    {
        // Token 0 alone prefers O (a greedy decoder stops there), but after B-PER token 1 is almost surely I-PER,
        // and the path B-PER I-PER is the more probable one.
        var scores = Scores(2, (token, previous, tag) => (token, previous, tag) switch
        {
            (0, _, var t) when t == EntityTags.Begin(EntityType.Person) => 1.5f,
            (0, _, EntityTags.Outside) => 2,
            (1, var p, var t) when p == EntityTags.Begin(EntityType.Person) && t == EntityTags.Inside(EntityType.Person) => 8,
            (1, _, EntityTags.Outside) => 2,
            _ => 0,
        });

        var tags = Decode(scores, 2);

        Assert.Equal(["B-PER", "I-PER"], tags);
    }

    [Fact]
    public void Local_and_transition_scores_add_up()
    {
        // Locally B-LOC wins at token 1, but after B-ORG the transition scores make I-ORG the better tag.
        var local = new float[2 * Tags];
        local[EntityTags.Begin(EntityType.Organization)] = 5;
        local[Tags + EntityTags.Begin(EntityType.Location)] = 3;
        var transitions = new float[Tags * Tags];
        transitions[(EntityTags.Begin(EntityType.Organization) * Tags) + EntityTags.Inside(EntityType.Organization)] = 6;
        var tags = new int[2];

        TagDecoder.Decode(local, [0, 0], new TransitionScores(transitions), 2, tags, new float[2]);

        Assert.Equal(["B-ORG", "I-ORG"], tags.Select(t => EntityTags.Names[t]));
    }

    [Fact]
    public void Probabilities_are_those_of_the_chosen_tags()
    {
        var scores = Scores(1, (_, _, tag) => tag == EntityTags.Outside ? 2 : 0);
        var tags = new int[1];
        var probabilities = new float[1];

        TagDecoder.Decode(new float[Tags], [0], new TransitionScores(scores), 1, tags, probabilities);

        var expected = MathF.Exp(2) / (MathF.Exp(2) + (Tags - 1));
        Assert.Equal(expected, probabilities[0], 5);
    }

    private static float[] Scores(int tokens, Func<int, int, int, float> score)
    {
        var scores = new float[tokens * Tags * Tags];
        for (var i = 0; i < tokens; i++)
        {
            for (var p = 0; p < Tags; p++)
            {
                for (var y = 0; y < Tags; y++)
                    scores[(((i * Tags) + p) * Tags) + y] = score(i, p, y);
            }
        }

        return scores;
    }

    // Token i's scores are its own transition block, so that any score can depend on the token and the previous tag.
    private static string[] Decode(float[] scores, int tokens)
    {
        var tags = new int[tokens];
        TagDecoder.Decode(new float[tokens * Tags], [.. Enumerable.Range(0, tokens)], new TransitionScores(scores), tokens, tags, new float[tokens]);
        return [.. tags.Select(t => EntityTags.Names[t])];
    }
}
