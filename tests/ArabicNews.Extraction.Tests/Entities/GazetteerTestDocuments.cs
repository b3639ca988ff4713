using ArabicNews.Extraction.Entities;
using ArabicNews.Extraction.Normalization;
using ArabicNews.Extraction.Segmentation;

namespace ArabicNews.Extraction.Tests.Entities;

/// <summary>Segmented documents and small gazetteers for the gazetteer, title and linker tests.</summary>
internal static class GazetteerTestDocuments
{
    private static readonly ArabicNormalizer ViewNormalizer = new(ArticleExtractor.ViewRules);

    /// <summary>Segments <paramref name="text"/> with the built-in clitic lexicon plus the words of <paramref name="gazetteer"/>, as Build() does.</summary>
    public static Document Segment(string text, Gazetteer? gazetteer = null)
    {
        var words = CliticAnalyzer.BuiltInWholeWords();
        if (gazetteer is not null)
            words = words.Concat(gazetteer.WholeWords());
        return new Segmenter(new CliticAnalyzer(words)).Segment(ViewNormalizer.NormalizeWithOffsets(text), default);
    }

    public static KnownEntity Person(string latin, params string[] spellings) => new(EntityType.Person, latin, spellings[0], spellings);

    public static KnownEntity Organization(string latin, params string[] spellings) => new(EntityType.Organization, latin, spellings[0], spellings);

    public static KnownEntity Location(string latin, params string[] spellings) => new(EntityType.Location, latin, spellings[0], spellings);

    /// <summary>A gazetteer over <paramref name="entities"/> with the built-in common words and titles.</summary>
    public static Gazetteer Over(params KnownEntity[] entities) => new(entities);

    /// <summary>The text of each resolved gazetteer mention, with its entity's Latin name.</summary>
    public static List<(string Text, string Latin)> Mentions(Gazetteer gazetteer, string text)
    {
        var document = Segment(text, gazetteer);
        return [.. gazetteer.Mentions(document).Select(m => (m.Span.GetText(text), m.Entity.LatinName))];
    }
}
