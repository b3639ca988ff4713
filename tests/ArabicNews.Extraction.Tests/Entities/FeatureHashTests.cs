using ArabicNews.Extraction.Entities;

namespace ArabicNews.Extraction.Tests.Entities;

public class FeatureHashTests
{
    [Fact]
    public void Hash_is_64_bit_FNV_1a_over_UTF16_code_units()
    {
        // The published FNV-1a value for "abc"; an Arabic word pinned so that a change to the hash (which would
        // silently invalidate the trained model and the cluster table) fails here first.
        Assert.Equal(0xE71FA2190541574BUL, FeatureHash.Of("abc"));
        Assert.Equal(2252119277258440865UL, FeatureHash.Of("بوتين"));
    }

    [Fact]
    public void Appending_characters_equals_hashing_the_whole_text()
    {
        var hash = FeatureHash.Empty;
        foreach (var c in "الكرملين")
            hash = FeatureHash.Append(hash, c);

        Assert.Equal(FeatureHash.Of("الكرملين"), hash);
    }

    [Fact]
    public void Combine_depends_on_order()
    {
        var a = FeatureHash.Of("وزير");
        var b = FeatureHash.Of("الخارجية");

        Assert.NotEqual(FeatureHash.Combine(a, b), FeatureHash.Combine(b, a));
    }
}
