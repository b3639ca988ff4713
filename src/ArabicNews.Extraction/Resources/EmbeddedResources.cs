using System.Reflection;

namespace ArabicNews.Extraction.Resources;

/// <summary>Reads the lexicons and models embedded in this assembly.</summary>
internal static class EmbeddedResources
{
    private static readonly Assembly Assembly = typeof(EmbeddedResources).Assembly;

    /// <summary>Opens an embedded resource by its logical name.</summary>
    /// <exception cref="InvalidOperationException">The resource is not in the assembly.</exception>
    public static Stream Open(string logicalName) =>
        Assembly.GetManifestResourceStream(logicalName)
        ?? throw new InvalidOperationException(
            $"Embedded resource '{logicalName}' is missing from {Assembly.GetName().Name}. " +
            "The package is incomplete: rebuild it so that Resources/ is embedded with its LogicalName.");

    /// <summary>
    /// The entries of a line-based lexicon: one entry a line, surrounding whitespace trimmed,
    /// blank lines and lines starting with '#' skipped.
    /// </summary>
    public static IEnumerable<string> ReadEntries(string logicalName)
    {
        using var reader = new StreamReader(Open(logicalName));
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
                yield return entry;
        }
    }
}
