using System.Globalization;

namespace ArabicNews.Extraction.Entities;

/// <summary>
/// Per entity type, a constant added to the scores of its <c>B-</c> and <c>I-</c> tags when decoding. The model is
/// trained token by token and leans towards O; the training program tunes these on the held-out part of the corpus,
/// trading a little precision for recall where that raises F1. They change no score the model itself gives.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class TypePriors
{
    private static readonly EntityType[] Types = [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Misc];

    private readonly float[] _byType;

    public TypePriors(float person, float organization, float location, float misc) => _byType = [person, organization, location, misc];

    /// <summary>No prior: the model's own scores.</summary>
    public static TypePriors None { get; } = new(0, 0, 0, 0);

    /// <summary>The prior of <paramref name="type"/>.</summary>
    public float this[EntityType type] => _byType[(int)type];

    /// <summary>The same priors with <paramref name="type"/>'s replaced by <paramref name="value"/>.</summary>
    public TypePriors With(EntityType type, float value)
    {
        var byType = (float[])_byType.Clone();
        byType[(int)type] = value;
        return new TypePriors(byType[0], byType[1], byType[2], byType[3]);
    }

    /// <summary>Adds each type's prior to its tags' scores (<see cref="EntityTags.Count"/> of them).</summary>
    public void AddTo(Span<float> scores)
    {
        foreach (var type in Types)
        {
            scores[EntityTags.Begin(type)] += _byType[(int)type];
            scores[EntityTags.Inside(type)] += _byType[(int)type];
        }
    }

    /// <summary>One <c>TYPE value</c> line per type (<c>PER 0.25</c>).</summary>
    public override string ToString() =>
        string.Concat(Types.Select(t => string.Create(CultureInfo.InvariantCulture, $"{Name(t)} {_byType[(int)t]}\n")));

    /// <summary>Parses what <see cref="ToString"/> writes.</summary>
    /// <exception cref="InvalidDataException">A line is not <c>TYPE value</c> for each of the four types.</exception>
    public static TypePriors Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var byType = new float?[Types.Length];
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            var type = Array.FindIndex(Types, t => Name(t) == parts[0]);
            if (parts.Length != 2 || type < 0 || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new InvalidDataException($"{source}: '{line}' is not 'TYPE value' (PER, ORG, LOC or MISC).");
            byType[type] = value;
        }

        if (Array.Exists(byType, v => v is null))
            throw new InvalidDataException($"{source}: a prior for each of PER, ORG, LOC and MISC is needed.");
        return new TypePriors(byType[0]!.Value, byType[1]!.Value, byType[2]!.Value, byType[3]!.Value);
    }

    private static string Name(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };
}
