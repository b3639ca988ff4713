using ArabicNews.Extraction.Entities;

namespace ArabicNews.Training;

/// <summary>Where the corpora are read and the model files written: the repository holding ArabicNews.sln, and ../shared beside it.</summary>
internal sealed class Paths
{
    private Paths(string repository, string shared)
    {
        Repository = repository;
        Shared = shared;
    }

    public string Repository { get; }

    public string Shared { get; }

    public string Train => Path.Combine(Shared, "data", "anercorp", "train.txt");

    public string Test => Path.Combine(Shared, "data", "anercorp", "test.txt");

    public string TestAsReleased => Path.Combine(Shared, "data", "anercorp", "test.as-released.txt");

    public string News => Path.Combine(Shared, "data", "news", "jawharafm.jsonl");

    public string ModelDirectory => Path.Combine(Repository, "src", "ArabicNews.Extraction", "Resources", "Models");

    public string Model => Path.Combine(ModelDirectory, "entity-tagger.zip");

    public string Clusters => Path.Combine(ModelDirectory, "word-clusters.zip");

    /// <summary>Finds the repository above the current directory (or the program's), and the shared folder beside it
    /// (or <c>$ARABICNEWS_SHARED</c>).</summary>
    /// <exception cref="DirectoryNotFoundException">Either is missing.</exception>
    public static Paths Locate()
    {
        var repository = FindRepository(Directory.GetCurrentDirectory()) ?? FindRepository(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("No ArabicNews.sln above the current directory: run from inside the repository.");
        var shared = Environment.GetEnvironmentVariable("ARABICNEWS_SHARED") ?? Path.GetFullPath(Path.Combine(repository, "..", "shared"));
        if (!Directory.Exists(shared))
            throw new DirectoryNotFoundException($"The shared data folder '{shared}' is missing: check it out beside the repository or set ARABICNEWS_SHARED.");
        return new Paths(repository, shared);
    }

    /// <summary>The word clusters the features use: the repository's table (the one the library embeds).</summary>
    /// <exception cref="FileNotFoundException">The table has not been built: run the <c>clusters</c> command first.</exception>
    public WordClusters ReadClusters(TextWriter log)
    {
        if (!File.Exists(Clusters))
            throw new FileNotFoundException($"{Clusters} is missing: run 'clusters' first.", Clusters);
        using var stream = File.OpenRead(Clusters);
        var clusters = WordClusters.Read(stream, Clusters);
        log.WriteLine($"word clusters: {clusters.Count} words");
        return clusters;
    }

    private static string? FindRepository(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.sln")))
                return dir.FullName;
        }

        return null;
    }
}
