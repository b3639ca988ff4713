using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction.Tests.Segmentation;

public class CharClassTests
{
    [Fact]
    public void A_space_is_white_space_or_a_control_character_for_every_character()
    {
        for (var c = char.MinValue; ; c++)
        {
            Assert.True(CharClass.IsSpace(c) == (char.IsWhiteSpace(c) || char.IsControl(c)), $"U+{(int)c:X4}");
            if (c == char.MaxValue)
                break;
        }
    }
}
