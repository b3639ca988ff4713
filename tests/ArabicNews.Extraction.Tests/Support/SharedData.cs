namespace ArabicNews.Extraction.Tests.Support;

/// <summary>Finds the repository and the read-only <c>shared/</c> folder beside it (evaluation articles, corpora, scorers).</summary>
internal static class SharedData
{
    private static readonly Lazy<string> RepositoryRootPath = new(FindRepositoryRoot);

    public static string RepositoryRoot => RepositoryRootPath.Value;

    /// <summary>The shared folder: <c>$ARABICNEWS_SHARED</c> when set, else <c>../shared</c> beside the checkout.</summary>
    public static string Root
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("ARABICNEWS_SHARED")
                ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            if (!Directory.Exists(path))
                throw new DirectoryNotFoundException(
                    $"The shared data folder '{path}' is missing. Check it out beside the repository or set ARABICNEWS_SHARED.");
            return path;
        }
    }

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

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"No ArabicNews.sln above {AppContext.BaseDirectory}.");
    }
}
