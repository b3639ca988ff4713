using ArabicNews.Extraction.Normalization;
using CsCheck;

namespace ArabicNews.Extraction.Tests.Reliability;

/// <summary>Properties of normalization over hostile text: idempotence, and an offset map that is monotonic and inside the original.</summary>
public class NormalizationPropertyTests
{
    private static readonly ArabicNormalizer[] Normalizers =
    [
        ArabicNormalizer.Display,
        ArabicNormalizer.Matching,
        new(ArticleExtractor.ViewRules),
        new(NormalizationRules.PresentationForms | NormalizationRules.Alef | NormalizationRules.InvisibleMarks),
    ];

    private static readonly Gen<(string Text, int Normalizer)> Input =
        Gen.Select(Gen.Frequency((3, HostileText.Any), (1, HostileText.RawUtf16)), Gen.Int[0, Normalizers.Length - 1]);

    [Fact]
    public void Normalizing_twice_changes_nothing_more() =>
        Input.Sample((text, n) =>
        {
            var normalizer = Normalizers[n];
            var once = normalizer.Normalize(text);

            Assert.Equal(once, normalizer.Normalize(once));
            Assert.True(normalizer.IsNormalized(once));
        }, iter: 500, threads: 1);

    [Fact]
    public void The_view_with_offsets_is_the_normalized_string() =>
        Input.Sample((text, n) => Assert.Equal(Normalizers[n].Normalize(text), Normalizers[n].NormalizeWithOffsets(text).Text), iter: 500, threads: 1);

    [Fact]
    public void Offset_map_is_monotonic_and_inside_the_original() =>
        Input.Sample((text, n) =>
        {
            var view = Normalizers[n].NormalizeWithOffsets(text);
            var map = view.Map;
            int previousStart = 0, previousEnd = 0;
            for (var i = 0; i <= view.Text.Length; i++)
            {
                var start = map.ToOriginalStart(i);
                var end = map.ToOriginalEnd(i);
                Assert.InRange(start, previousStart, text.Length);
                Assert.InRange(end, previousEnd, text.Length);
                Assert.True(start <= end, $"offset {i}: start {start} after end {end}");
                previousStart = start;
                previousEnd = end;
            }

            Assert.Equal(text.Length, map.ToOriginalEnd(view.Text.Length));
        }, iter: 500, threads: 1);

    [Fact]
    public void Every_normalized_range_maps_to_a_range_of_the_original() =>
        Gen.Select(Input, Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((input, a, b) =>
        {
            var view = Normalizers[input.Normalizer].NormalizeWithOffsets(input.Text);
            var start = Math.Min(a, b) % (view.Text.Length + 1);
            var end = Math.Clamp(Math.Max(a, b), start, view.Text.Length);
            var span = view.ToOriginal(start, end);

            Assert.InRange(span.Start, 0, input.Text.Length);
            Assert.InRange(span.End, span.Start, input.Text.Length);
        }, iter: 500, threads: 1);
}
