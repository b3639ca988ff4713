using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction.Tests.Segmentation;

public class ParagraphSplitterTests
{
    private const string Body = "وأعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين المتضررين من الجفاف في المناطق الجنوبية.";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2029")]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    [InlineData("\n\n")]
    [InlineData("\r\n \r\n\t\r\n")]
    public void Line_breaks_and_blank_lines_separate_paragraphs(string lineBreak)
    {
        var text = Body + lineBreak + Body + lineBreak + Body;

        var paragraphs = ParagraphSplitter.Split(text);

        Assert.Equal(3, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.Equal(Body, text[p.Start..p.End]));
    }

    [Fact]
    public void Paragraphs_are_trimmed_of_surrounding_spaces()
    {
        var text = "  " + Body + " \t\n\n   " + Body + "  ";

        var paragraphs = ParagraphSplitter.Split(text);

        Assert.All(paragraphs, p => Assert.Equal(Body, text[p.Start..p.End]));
    }

    [Theory]
    [InlineData("الانتخابات البلدية..")]
    [InlineData("موسم الحصاد… أرقام مقلقة")]
    [InlineData("وزير الزراعة: \"لا أزمة في القمح\"")]
    [InlineData("هل تنجح خطة إنقاذ الموسم السياحي؟")]
    [InlineData("ارتفاع أسعار المحروقات في السوق المحلية")]
    public void A_short_first_line_is_the_title(string title)
    {
        var kinds = KindsOf(title + "\n\n" + Body);

        Assert.Equal([ParagraphKind.Title, ParagraphKind.Body], kinds);
    }

    [Fact]
    public void A_first_line_ending_in_a_single_full_stop_is_body()
    {
        var kinds = KindsOf("أعلنت الوزارة خطة جديدة.\n" + Body);

        Assert.Equal([ParagraphKind.Body, ParagraphKind.Body], kinds);
    }

    [Fact]
    public void A_long_first_line_is_body()
    {
        var kinds = KindsOf(string.Join(' ', Enumerable.Repeat("كلمة", ParagraphSplitter.MaxTitleWords + 1)) + "\n" + Body);

        Assert.Equal([ParagraphKind.Body, ParagraphKind.Body], kinds);
    }

    [Fact]
    public void A_lone_line_is_body()
    {
        Assert.Equal([ParagraphKind.Body], KindsOf("الانتخابات البلدية.."));
    }

    [Theory]
    [InlineData("وزارة الصحة: لا إصابات جديدة بالحمى في المدينة")]
    [InlineData("خطة إنقاذ الموسم")]
    [InlineData("الزراعة في مواجهة \"الجفاف\"")]
    public void A_short_line_without_final_punctuation_inside_the_article_is_a_heading(string heading)
    {
        var kinds = KindsOf("عنوان الخبر..\n" + Body + "\n" + heading + "\n" + Body);

        Assert.Equal([ParagraphKind.Title, ParagraphKind.Body, ParagraphKind.Heading, ParagraphKind.Body], kinds);
    }

    [Theory]
    [InlineData("وانتهى الاجتماع.")]
    [InlineData("هل تنجح الخطة؟")]
    [InlineData("وقال الوزير:")]
    [InlineData("وأضاف الوزير،")]
    [InlineData("«لن نتراجع.»")]
    [InlineData("(تصوير: سامي العلي)")]
    [InlineData(Body)]
    public void Short_lines_with_final_punctuation_bracketed_lines_and_long_lines_are_body(string line)
    {
        var kinds = KindsOf("عنوان الخبر..\n" + Body + "\n" + line + "\n" + Body);

        Assert.Equal(ParagraphKind.Body, kinds[2]);
    }

    [Theory]
    [InlineData("(يتبع)")]
    [InlineData("المصدر: وكالة الأنباء الوطنية")]
    public void A_trailing_short_line_is_body_because_it_heads_nothing(string trailer)
    {
        var kinds = KindsOf("عنوان الخبر..\n" + Body + "\n" + trailer);

        Assert.Equal([ParagraphKind.Title, ParagraphKind.Body, ParagraphKind.Body], kinds);
    }

    [Fact]
    public void Title_blank_line_and_run_together_body_as_in_real_copy()
    {
        var text = "صندوق جديد لدعم الفلاحين\n\n" + Body + " " + Body + "\n" + Body + " \n";

        var paragraphs = ParagraphSplitter.Split(text);

        Assert.Equal([ParagraphKind.Title, ParagraphKind.Body, ParagraphKind.Body], paragraphs.Select(p => p.Kind));
        Assert.Equal(Body + " " + Body, text[paragraphs[1].Start..paragraphs[1].End]);
    }

    private static ParagraphKind[] KindsOf(string text) => [.. ParagraphSplitter.Split(text).Select(p => p.Kind)];
}
