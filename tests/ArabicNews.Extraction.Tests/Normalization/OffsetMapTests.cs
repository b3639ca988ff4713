using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Tests.Support;

namespace ArabicNews.Extraction.Tests.Normalization;

/// <summary>The offset map's invariants over seeded hostile strings and the dev articles, for every preset.</summary>
public class OffsetMapTests
{
    private static readonly ArabicNormalizer[] Normalizers =
    [
        ArabicNormalizer.Matching,
        ArabicNormalizer.Display,
        new(ArticleExtractor.ViewRules),
        new(NormalizationRules.Diacritics),
        new(NormalizationRules.PresentationForms),
        new(NormalizationRules.Matching | NormalizationRules.HamzaSeats),
    ];

    public static TheoryData<int> Seeds => HostileText.Seeds(40);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Invariants_hold_on_hostile_text(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 25; round++)
        {
            var text = HostileText.Generate(random, 120);
            foreach (var normalizer in Normalizers)
                CheckInvariants(normalizer, text, random);
        }
    }

    [Theory]
    [MemberData(nameof(SharedData.DevArticleNames), MemberType = typeof(SharedData))]
    public void Invariants_hold_on_dev_articles(string file)
    {
        var text = File.ReadAllText(SharedData.PathOf("eval", "dev", file));
        var random = new Random(file.Length);
        foreach (var normalizer in Normalizers)
            CheckInvariants(normalizer, text, random);
    }

    [Fact]
    public void Deletions_stay_outside_a_span_start_and_inside_its_end()
    {
        var view = ArabicNormalizer.Matching.NormalizeWithOffsets("\u200Fكَتَبَ\u200F قال");

        Assert.Equal("كتب قال", view.Text);
        Assert.Equal(new TextSpan(1, 8), view.ToOriginal(0, 3));
        Assert.Equal(new TextSpan(9, 12), view.ToOriginal(4, 7));
        Assert.Equal(4, view.Map.EditCount);
    }

    [Fact]
    public void Offsets_inside_an_expansion_round_outwards()
    {
        var view = ArabicNormalizer.Matching.NormalizeWithOffsets("ب\uFEF7ب");

        Assert.Equal("بلاب", view.Text);
        Assert.Equal(new TextSpan(1, 2), view.ToOriginal(1, 2));
        Assert.Equal(new TextSpan(1, 2), view.ToOriginal(2, 3));
        Assert.Equal(new TextSpan(1, 3), view.ToOriginal(2, 4));
        Assert.Equal(new TextSpan(0, 2), view.ToOriginal(0, 2));
    }

    [Fact]
    public void Offsets_outside_the_normalized_text_are_rejected()
    {
        var view = ArabicNormalizer.Matching.NormalizeWithOffsets("كَتَب");
        Assert.Throws<ArgumentOutOfRangeException>(() => view.Map.ToOriginalStart(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.Map.ToOriginalEnd(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.ToOriginal(2, 1));
    }

    [Fact]
    public void Unchanged_text_has_the_identity_map()
    {
        var text = "نص نظيف";
        var view = ArabicNormalizer.Matching.NormalizeWithOffsets(text);
        Assert.Same(text, view.Text);
        Assert.True(view.Map.IsIdentity);
        Assert.Equal(new TextSpan(3, 7), view.ToOriginal(3, 7));
    }

    private static void CheckInvariants(ArabicNormalizer normalizer, string text, Random random)
    {
        var view = normalizer.NormalizeWithOffsets(text);
        var normalized = view.Text;
        var map = view.Map;

        Assert.Equal(normalizer.Normalize(text), normalized);
        Assert.Equal(normalized, normalizer.Normalize(normalized));
        Assert.Equal(normalized.Length, map.NormalizedLength);
        Assert.Equal(text.Length, map.OriginalLength);
        Assert.Equal(text.Length, map.ToOriginalEnd(normalized.Length));

        var previousStart = 0;
        var previousEnd = 0;
        for (var offset = 0; offset <= normalized.Length; offset++)
        {
            var start = map.ToOriginalStart(offset);
            var end = map.ToOriginalEnd(offset);
            Assert.InRange(start, previousStart, text.Length);
            Assert.InRange(end, Math.Max(previousEnd, start), text.Length);
            previousStart = start;
            previousEnd = end;
        }

        for (var probe = 0; probe < 40; probe++)
        {
            var a = random.Next(normalized.Length + 1);
            var b = random.Next(normalized.Length + 1);
            var (from, to) = a <= b ? (a, b) : (b, a);
            var span = view.ToOriginal(from, to);
            var slice = normalized[from..to];
            var renormalized = normalizer.Normalize(span.GetText(text));

            // At a boundary between characters the original span normalizes to exactly the slice; a boundary inside
            // an expanded character takes the whole character in.
            var onBoundaries = map.ToOriginalStart(from) == map.ToOriginalEnd(from) && map.ToOriginalStart(to) == map.ToOriginalEnd(to);
            if (onBoundaries)
                Assert.Equal(slice, renormalized);
            else
                Assert.Contains(slice, renormalized, StringComparison.Ordinal);
        }
    }
}
