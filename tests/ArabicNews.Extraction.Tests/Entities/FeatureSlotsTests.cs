using ArabicNews.Extraction.Entities;

namespace ArabicNews.Extraction.Tests.Entities;

public class FeatureSlotsTests
{
    [Fact]
    public void Slots_survive_writing_and_reading()
    {
        var slots = new FeatureSlots([0, 7, 300, EntityFeatures.Dimension - 1]);
        using var stream = new MemoryStream();

        slots.Write(stream);
        stream.Position = 0;
        var read = FeatureSlots.Read(stream, "test");

        Assert.Equal(4, read.Count);
        Assert.Equal(300, read.FeatureOf(2));
        Assert.Equal(3, read.SlotOf(EntityFeatures.Dimension - 1));
        Assert.Equal(-1, read.SlotOf(8));
    }

    [Fact]
    public void Features_must_ascend() => Assert.Throws<ArgumentException>(() => new FeatureSlots([5, 5]));

    [Fact]
    public void Truncated_slots_are_rejected_with_the_source()
    {
        var slots = new FeatureSlots([1, 2, 3]);
        using var stream = new MemoryStream();
        slots.Write(stream);
        using var truncated = new MemoryStream(stream.ToArray()[..^1]);

        var error = Assert.Throws<InvalidDataException>(() => FeatureSlots.Read(truncated, "model.zip"));

        Assert.Contains("model.zip", error.Message, StringComparison.Ordinal);
    }
}
