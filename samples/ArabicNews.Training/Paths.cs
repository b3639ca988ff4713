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
        return new Paths(repository, FindShared(repository));
    }

    /// <summary>
    /// The shared folder of the repository at <paramref name="repository"/>: <c>$ARABICNEWS_SHARED</c> when set, else
    /// <c>../shared</c> beside the repository, else beside the repository it was cloned from when that is a local
    /// folder (a scratch clone, <c>git clone /work/main /tmp/x</c>, has no shared folder of its own).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No such folder exists.</exception>
    public static string FindShared(string repository) => FindShared(repository, Environment.GetEnvironmentVariable("ARABICNEWS_SHARED"));

    /// <summary><see cref="FindShared(string)"/> with <paramref name="configured"/> in place of <c>$ARABICNEWS_SHARED</c>.</summary>
    public static string FindShared(string repository, string? configured)
    {
        if (configured is { Length: > 0 })
        {
            return Directory.Exists(configured) ? configured
                : throw new DirectoryNotFoundException($"ARABICNEWS_SHARED names '{configured}', which does not exist.");
        }

        var beside = Path.GetFullPath(Path.Combine(repository, "..", "shared"));
        if (Directory.Exists(beside))
            return beside;
        if (LocalOrigin(repository) is { } origin && Path.GetFullPath(Path.Combine(origin, "..", "shared")) is var besideOrigin
            && Directory.Exists(besideOrigin))
        {
            return besideOrigin;
        }

        throw new DirectoryNotFoundException(
            $"The shared data folder '{beside}' is missing: check it out beside the repository or set ARABICNEWS_SHARED.");
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

    // The url of the remote "origin" in the repository's .git/config, when it is a folder on this machine.
    private static string? LocalOrigin(string repository)
    {
        var config = Path.Combine(repository, ".git", "config");
        if (!File.Exists(config))
            return null;
        var inOrigin = false;
        foreach (var raw in File.ReadLines(config))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inOrigin = line == "[remote \"origin\"]";
            }
            else if (inOrigin && line.StartsWith("url", StringComparison.Ordinal) && line.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
            {
                var url = line[(equals + 1)..].Trim();
                url = url.StartsWith("file://", StringComparison.Ordinal) ? url["file://".Length..] : url;
                return Path.IsPathFullyQualified(url) && Directory.Exists(url) ? url : null;
            }
        }

        return null;
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds ArabicNews.sln, or null.</summary>
    public static string? FindRepository(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.sln")))
                return dir.FullName;
        }

        return null;
    }
}
