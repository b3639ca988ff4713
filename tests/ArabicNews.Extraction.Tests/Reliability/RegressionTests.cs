using System.Text.Json;
using ArabicNews.Extraction.Fuzz;
using ArabicNews.Extraction.Serialization;
using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.Reliability;

/// <summary>Inputs that once broke the contract or showed how it must be read, kept so they never break it again.</summary>
public class RegressionTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    public static TheoryData<string> FuzzInputs()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "corpus", "regressions" })
        {
            var path = Path.Combine(SharedData.RepositoryRoot, "fuzz", folder);
            foreach (var file in Directory.EnumerateFiles(path).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(SharedData.RepositoryRoot, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FuzzInputs))]
    public void Fuzzing_seeds_and_saved_failures_pass_the_contract(string file) =>
        FuzzTarget.Run(File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, file)));

    [Fact]
    public void A_ligature_that_expands_to_several_words_gives_tokens_within_its_one_character()
    {
        const string text = "قال ﷺ ثم";

        var article = Extractor.Extract(text);

        ArticleContract.Check(article, text);
        var inLigature = article.Tokens.Where(t => t.Span == new TextSpan(4, 5)).ToList();
        Assert.True(inLigature.Count > 1, "the ligature's words should all map to the ligature");
    }

    [Fact]
    public void JSON_writes_an_unpaired_surrogate_as_U_FFFD_and_keeps_every_offset()
    {
        const string text = "قال\uD800 الوزير";

        var json = ArticleJson.Serialize(Extractor.Extract(text));

        using var document = JsonDocument.Parse(json);
        var sentence = document.RootElement.GetProperty("paragraphs")[0].GetProperty("sentences")[0];
        Assert.Equal("قال\uFFFD الوزير", sentence.GetProperty("text").GetString());
        Assert.Equal(text.Length, sentence.GetProperty("end").GetInt32());
        ArticleContract.CheckJson(json, text);
    }
}
