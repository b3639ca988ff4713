using System.Globalization;
using ArabicNews.Extraction;

namespace ArabicNews.Training;

/// <summary>A predicted mention: a character range of the sentence text and its type.</summary>
internal readonly record struct PredictedSpan(int Start, int End, EntityType Type);

/// <summary>
/// CoNLL-style exact-span scoring per entity type: a prediction is correct when its type and end equal a gold entity's
/// and its start is the gold start or lies past at most two proclitic letters (و ف ب ل ك) of the gold token, which
/// ANERcorp includes in the name and our mentions leave outside. Each gold entity matches at most one prediction.
/// </summary>
internal sealed class SpanScorer
{
    private static readonly EntityType[] Types = [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Misc];

    private readonly int[] _truePositives = new int[Types.Length];
    private readonly int[] _falsePositives = new int[Types.Length];
    private readonly int[] _falseNegatives = new int[Types.Length];

    public void Add(string text, IReadOnlyList<GoldSpan> gold, IReadOnlyList<PredictedSpan> predicted)
    {
        var matched = new bool[gold.Count];
        foreach (var p in predicted)
        {
            var hit = -1;
            for (var g = 0; g < gold.Count && hit < 0; g++)
            {
                if (!matched[g] && Matches(text, gold[g], p))
                    hit = g;
            }

            if (hit >= 0)
            {
                matched[hit] = true;
                _truePositives[(int)p.Type]++;
            }
            else
            {
                _falsePositives[(int)p.Type]++;
            }
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (!matched[g])
                _falseNegatives[(int)gold[g].Type]++;
        }
    }

    public static bool Matches(string text, GoldSpan gold, PredictedSpan predicted)
    {
        if (gold.Type != predicted.Type || gold.End != predicted.End)
            return false;
        var outside = predicted.Start - gold.Start;
        if (outside < 0 || outside > 2)
            return false;
        for (var i = gold.Start; i < predicted.Start; i++)
        {
            if (text[i] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك'))
                return false;
        }

        return true;
    }

    /// <summary>Micro F1 over persons, organizations and locations.</summary>
    public double MicroF1 => Scores(3).F1;

    /// <summary>The table: one row per type, the PER/ORG/LOC micro average, then MISC unless <paramref name="withMisc"/> is false.</summary>
    public string Report(bool withMisc = true)
    {
        var lines = new List<string> { "type        precision  recall     F1   gold  predicted" };
        for (var t = 0; t < 3; t++)
            lines.Add(Row(Name(Types[t]), Scores(t, t + 1)));
        lines.Add(Row("PER+ORG+LOC", Scores(3)));
        if (withMisc)
            lines.Add(MiscRow());
        return string.Join('\n', lines);
    }

    /// <summary>The MISC row of <see cref="Report"/>.</summary>
    public string MiscRow() => Row("MISC", Scores(3, 4));

    private (double Precision, double Recall, double F1, int Gold, int Predicted) Scores(int count) => Scores(0, count);

    private (double Precision, double Recall, double F1, int Gold, int Predicted) Scores(int from, int to)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var t = from; t < to; t++)
        {
            tp += _truePositives[t];
            fp += _falsePositives[t];
            fn += _falseNegatives[t];
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, tp + fn, tp + fp);
    }

    private static string Row(string name, (double Precision, double Recall, double F1, int Gold, int Predicted) s) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-11} {s.Precision,9:F3} {s.Recall,7:F3} {s.F1,6:F3} {s.Gold,6} {s.Predicted,10}");

    private static string Name(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };
}
