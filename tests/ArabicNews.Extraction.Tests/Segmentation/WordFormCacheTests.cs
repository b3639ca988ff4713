using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction.Tests.Segmentation;

public class WordFormCacheTests
{
    private static WordForm Form(string word) => new(word, word, string.Empty, word, word, new CliticSplit(1, 0, 0));

    [Fact]
    public void Keeps_words_up_to_its_capacity_and_no_more()
    {
        var cache = new WordFormCache(3);
        foreach (var word in (string[])["أ", "ب", "ت", "ث", "ج"])
            cache.TryAdd(word, Form(word));

        Assert.Equal(3, cache.Count);
        Assert.True(cache.TryGet("ب", out var form, out var split));
        Assert.Equal("ب", form.Normalized);
        Assert.Equal(new CliticSplit(1, 0, 0), split);
        Assert.False(cache.TryGet("ث", out _, out _));
    }

    [Fact]
    public void Adding_a_word_twice_keeps_one_entry()
    {
        var cache = new WordFormCache(10);
        Assert.True(cache.TryAdd("قال", Form("قال")));
        Assert.True(cache.TryAdd("قال", Form("قال")));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Overlong_words_are_not_kept()
    {
        var cache = new WordFormCache(10);
        var longWord = new string('ب', WordFormCache.MaximumWordLength + 1);

        Assert.False(cache.TryAdd(longWord, Form(longWord)));
        Assert.True(cache.TryAdd(longWord[1..], Form(longWord[1..])));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_zero_capacity_cache_holds_nothing()
    {
        var cache = new WordFormCache(0);
        Assert.False(cache.TryAdd("قال", Form("قال")));
        Assert.False(cache.TryGet("قال", out _, out _));
    }

    [Fact]
    public void Concurrent_readers_and_writers_see_whole_entries()
    {
        var cache = new WordFormCache(5000);
        var words = Enumerable.Range(0, 4000).Select(i => "كلمة" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Parallel.For(0, 4, worker =>
        {
            for (var i = worker; i < words.Length; i += 2)
            {
                cache.TryAdd(words[i], Form(words[i]));
                var probe = words[(i * 7) % words.Length];
                if (cache.TryGet(probe, out var form, out var split))
                {
                    Assert.Equal(probe, form.Normalized);
                    Assert.Equal(form.Split, split);
                }
            }
        });

        Assert.Equal(words.Length, cache.Count);
        Assert.All(words, w => Assert.True(cache.TryGet(w, out _, out _)));
    }
}
