using ArabicNews.Training;

namespace ArabicNews.Extraction.Tests.Support;

/// <summary>Finds the repository and the read-only <c>shared/</c> folder beside it (evaluation articles, corpora, scorers).</summary>
internal static class SharedData
{
    private static readonly Lazy<string> RepositoryRootPath = new(FindRepositoryRoot);
    private static readonly Lazy<string> SharedRoot = new(() => Paths.FindShared(RepositoryRoot));

    public static string RepositoryRoot => RepositoryRootPath.Value;

    /// <summary>The shared folder, found as the training program finds it (<see cref="Paths.FindShared"/>).</summary>
    public static string Root => SharedRoot.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static IEnumerable<string> DevArticles() =>
        Directory.EnumerateFiles(PathOf("eval", "dev"), "*.txt").Order(StringComparer.Ordinal);

    /// <summary>The dev articles' file names, as theory data.</summary>
    public static TheoryData<string> DevArticleNames()
    {
        var files = new TheoryData<string>();
        foreach (var file in DevArticles())
            files.Add(Path.GetFileName(file));
        return files;
    }

    public static IEnumerable<string> RealArticles() =>
        Directory.EnumerateFiles(PathOf("eval", "real"), "*.txt").Order(StringComparer.Ordinal);

    private static string FindRepositoryRoot() =>
        Paths.FindRepository(AppContext.BaseDirectory) ?? throw new InvalidOperationException($"No ArabicNews.sln above {AppContext.BaseDirectory}.");
}
