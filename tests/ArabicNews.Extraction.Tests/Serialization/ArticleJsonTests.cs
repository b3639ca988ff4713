using System.Text.Json;
using ArabicNews.Extraction.Serialization;
using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.Serialization;

public class ArticleJsonTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    private static string Read(string file) => File.ReadAllText(SharedData.PathOf("eval", "dev", file));

    [Theory]
    [MemberData(nameof(SharedData.DevArticleNames), MemberType = typeof(SharedData))]
    public void Every_text_in_the_json_is_the_original_substring_at_its_offsets(string file)
    {
        var text = Read(file);
        using var json = JsonDocument.Parse(ArticleJson.Serialize(Extractor.Extract(text), includeTokens: true));
        var root = json.RootElement;

        var checkedSpans = CheckSpans(root, text);

        var paragraphs = root.GetProperty("paragraphs").GetArrayLength();
        var sentences = root.GetProperty("paragraphs").EnumerateArray().Sum(p => p.GetProperty("sentences").GetArrayLength());
        var tokens = root.GetProperty("tokens").GetArrayLength();
        var title = root.GetProperty("title").ValueKind == JsonValueKind.Object ? 1 : 0;
        Assert.True(paragraphs > 0 && sentences >= paragraphs && tokens > sentences);
        Assert.True(checkedSpans >= title + sentences + tokens);
        foreach (var paragraph in root.GetProperty("paragraphs").EnumerateArray())
        {
            var range = (Start: paragraph.GetProperty("start").GetInt32(), End: paragraph.GetProperty("end").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(text[range.Start..range.End]));
            foreach (var sentence in paragraph.GetProperty("sentences").EnumerateArray())
                Assert.InRange(sentence.GetProperty("start").GetInt32(), range.Start, sentence.GetProperty("end").GetInt32());
        }
        foreach (var token in root.GetProperty("tokens").EnumerateArray())
        {
            var start = token.GetProperty("start").GetInt32();
            var end = token.GetProperty("end").GetInt32();
            Assert.InRange(token.GetProperty("baseStart").GetInt32(), start, end);
            Assert.InRange(token.GetProperty("baseEnd").GetInt32(), token.GetProperty("baseStart").GetInt32(), end);
        }
    }

    [Theory]
    [MemberData(nameof(SharedData.DevArticleNames), MemberType = typeof(SharedData))]
    public void Serialize_deserialize_serialize_gives_the_same_json_and_content(string file)
    {
        var document = ArticleJson.ToDocument(Extractor.Extract(Read(file)), includeTokens: true);

        foreach (var indented in (bool[])[false, true])
        {
            var json = ArticleJson.Serialize(document, indented);
            var back = ArticleJson.Deserialize(json);

            Assert.Equal(json, ArticleJson.Serialize(back, indented));
            AssertSameContent(document, back);
        }
    }

    [Fact]
    public void Arabic_is_written_as_is_not_escaped()
    {
        var json = ArticleJson.Serialize(Extractor.Extract("العلاقات الأمريكية - الروسية.."));

        Assert.Contains("العلاقات الأمريكية - الروسية..", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"schemaVersion\":1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stream_writer_gives_the_same_utf8_json()
    {
        var document = ArticleJson.ToDocument(Extractor.Extract(Read("seed-kremlin-summit.txt")), includeTokens: true);
        using var stream = new MemoryStream();
        ArticleJson.Serialize(stream, document);

        Assert.Equal(ArticleJson.Serialize(document), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_of_the_same_length()
    {
        var text = "قال \uD800الرئيس\uDC00 إن «الاتفاق\uD83D» مهم.";
        var json = ArticleJson.Serialize(Extractor.Extract(text), includeTokens: true);

        using var parsed = JsonDocument.Parse(json);
        var withReplacements = text.Replace('\uD800', '\uFFFD').Replace('\uDC00', '\uFFFD').Replace('\uD83D', '\uFFFD');
        Assert.True(CheckSpans(parsed.RootElement, withReplacements) > 0);
        Assert.Equal(json, ArticleJson.Serialize(ArticleJson.Deserialize(json)));
    }

    [Fact]
    public void Emoji_survive_the_round_trip()
    {
        var text = "قال 😀 الرئيس";
        var json = ArticleJson.Serialize(Extractor.Extract(text), includeTokens: true);

        using var parsed = JsonDocument.Parse(json);
        Assert.True(CheckSpans(parsed.RootElement, text) > 0);
    }

    [Fact]
    public void Empty_text_gives_an_empty_article()
    {
        var back = ArticleJson.Deserialize(ArticleJson.Serialize(Extractor.Extract(string.Empty), includeTokens: true));

        Assert.Null(back.Title);
        Assert.Empty(back.Paragraphs);
        Assert.Empty(back.Entities);
        Assert.Empty(back.Quotes);
        Assert.Empty(back.Tokens!);
    }

    [Fact]
    public void Json_null_is_rejected() => Assert.Throws<JsonException>(() => ArticleJson.Deserialize("null"));

    // Every object with start/end/text: the text is the substring at the offsets. Returns how many were checked.
    private static int CheckSpans(JsonElement element, string text)
    {
        var count = 0;
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("start", out var start) && element.TryGetProperty("end", out var end)
                && element.TryGetProperty("text", out var spanText))
            {
                Assert.Equal(text[start.GetInt32()..end.GetInt32()], spanText.GetString());
                count++;
            }

            foreach (var property in element.EnumerateObject())
                count += CheckSpans(property.Value, text);
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                count += CheckSpans(item, text);
        }

        return count;
    }

    private static void AssertSameContent(ArticleDocument expected, ArticleDocument actual)
    {
        Assert.Equal(expected.SchemaVersion, actual.SchemaVersion);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Paragraphs.Count, actual.Paragraphs.Count);
        for (var i = 0; i < expected.Paragraphs.Count; i++)
        {
            var (e, a) = (expected.Paragraphs[i], actual.Paragraphs[i]);
            Assert.Equal((e.Start, e.End, e.Kind, e.IsTitle), (a.Start, a.End, a.Kind, a.IsTitle));
            Assert.Equal(e.Sentences, a.Sentences);
        }

        Assert.Equal(expected.Entities.Count, actual.Entities.Count);
        for (var i = 0; i < expected.Entities.Count; i++)
        {
            var (e, a) = (expected.Entities[i], actual.Entities[i]);
            Assert.Equal((e.Id, e.Type, e.Name, e.LatinName), (a.Id, a.Type, a.Name, a.LatinName));
            Assert.Equal(e.Mentions, a.Mentions);
        }

        Assert.Equal(expected.Quotes.Count, actual.Quotes.Count);
        Assert.Equal(expected.Tokens, actual.Tokens);
    }
}
