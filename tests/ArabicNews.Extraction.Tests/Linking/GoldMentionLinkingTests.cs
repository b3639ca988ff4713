using System.Text.Json;
using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Linking;
using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.Linking;

/// <summary>
/// The linker alone, measured on the evaluation articles' gold mentions (their spans and types, no gold entity
/// identities): over every pair of mentions, how many it joins that gold joins (precision) and how many gold joins it
/// finds (recall). Floors are the values measured when this test was written.
/// </summary>
public class GoldMentionLinkingTests
{
    private static readonly Gazetteer BuiltIn = new(Gazetteer.BuiltIn());

    [Theory]
    [InlineData("dev", 1.0, 0.96)]
    [InlineData("real", 1.0, 0.95)]
    public void Linking_gold_mentions_never_joins_two_entities_and_finds_most_joins(string set, double precisionFloor, double recallFloor)
    {
        int joined = 0, joinedRight = 0, goldJoins = 0;
        var linker = new EntityLinker(BuiltIn);
        foreach (var path in Directory.EnumerateFiles(SharedData.PathOf("eval", set), "*.json"))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(path));
            var text = gold.RootElement.GetProperty("text").GetString()!;
            var document = Entities.GazetteerTestDocuments.Segment(text, BuiltIn);
            var refs = new List<string>();
            var candidates = new List<MentionCandidate>();
            foreach (var mention in gold.RootElement.GetProperty("entities").EnumerateArray())
            {
                var span = new TextSpan(mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32());
                var first = Array.FindIndex(document.Tokens, t => t.Span.End > span.Start);
                var last = Array.FindLastIndex(document.Tokens, t => t.Span.Start < span.End);
                candidates.Add(new MentionCandidate(first, last - first + 1, span, TypeOf(mention.GetProperty("type").GetString()), 1.0, MentionSource.Model, null));
                refs.Add(mention.GetProperty("ref").GetString()!);
            }

            var ids = linker.Link(document, candidates).EntityIdOfCandidate;
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    var sameGold = refs[i] == refs[j];
                    var samePredicted = ids[i] == ids[j];
                    goldJoins += sameGold ? 1 : 0;
                    joined += samePredicted ? 1 : 0;
                    joinedRight += sameGold && samePredicted ? 1 : 0;
                }
            }
        }

        Assert.True((double)joinedRight / joined >= precisionFloor, $"precision {joinedRight}/{joined}");
        Assert.True((double)joinedRight / goldJoins >= recallFloor, $"recall {joinedRight}/{goldJoins}");
    }

    private static EntityType TypeOf(string? type) => type switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        _ => EntityType.Misc,
    };
}
