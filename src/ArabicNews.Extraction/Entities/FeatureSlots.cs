namespace ArabicNews.Extraction.Entities;

/// <summary>
/// Which hashed features (<see cref="EntityFeatures.Index"/>) the model was trained on, and the slot of each in the
/// model's feature vector: features seen too rarely in training have no slot. Training over the slots instead of the
/// whole hashed space keeps ML.NET's vectors small; scoring maps a hashed feature to its slot's weights.
/// </summary>
/// <remarks>Immutable and thread-safe. Stored in the model zip as ascending hashed indices, delta-coded as varints.</remarks>
internal sealed class FeatureSlots
{
    private const uint Magic = 0x53464E41; // "ANFS"

    private readonly int[] _features;

    /// <summary>Creates the slots of <paramref name="features"/>, given in ascending order: slot i holds features[i].</summary>
    /// <exception cref="ArgumentException">The features are not ascending or out of the hashed space.</exception>
    public FeatureSlots(int[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        for (var i = 0; i < features.Length; i++)
        {
            if (features[i] < 0 || features[i] >= EntityFeatures.Dimension || (i > 0 && features[i] <= features[i - 1]))
                throw new ArgumentException("Slot features must be ascending indices of the hashed feature space.", nameof(features));
        }

        _features = features;
    }

    /// <summary>How many slots.</summary>
    public int Count => _features.Length;

    /// <summary>The hashed feature of a slot.</summary>
    public int FeatureOf(int slot) => _features[slot];

    /// <summary>The slot of a hashed feature, or -1 when the model has none for it.</summary>
    public int SlotOf(int feature)
    {
        var slot = Array.BinarySearch(_features, feature);
        return slot < 0 ? -1 : slot;
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write7BitEncodedInt(_features.Length);
        var previous = -1;
        foreach (var feature in _features)
        {
            writer.Write7BitEncodedInt(feature - previous);
            previous = feature;
        }
    }

    /// <exception cref="InvalidDataException">The stream does not hold feature slots.</exception>
    public static FeatureSlots Read(Stream stream, string source)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadUInt32() != Magic)
                throw new InvalidDataException($"{source}: the feature slots are damaged.");
            var features = new int[reader.Read7BitEncodedInt()];
            var previous = -1;
            for (var i = 0; i < features.Length; i++)
                features[i] = previous += reader.Read7BitEncodedInt();
            return new FeatureSlots(features);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{source}: the feature slots are damaged: {e.Message}", e);
        }
    }
}
