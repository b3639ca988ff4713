using ArabicNews.Training;

namespace ArabicNews.Extraction.Tests.Training;

/// <summary>The shared folder is found beside the repository, or beside the local repository it was cloned from.</summary>
public sealed class PathsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("paths-").FullName;

    [Fact]
    public void Shared_folder_beside_the_repository_is_found()
    {
        var repository = Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;
        var shared = Directory.CreateDirectory(Path.Combine(_root, "shared")).FullName;

        Assert.Equal(shared, Paths.FindShared(repository, null));
    }

    [Fact]
    public void Scratch_clone_finds_the_shared_folder_beside_its_local_origin()
    {
        var origin = Directory.CreateDirectory(Path.Combine(_root, "work", "main")).FullName;
        var shared = Directory.CreateDirectory(Path.Combine(_root, "work", "shared")).FullName;
        var clone = Directory.CreateDirectory(Path.Combine(_root, "scratch", "clone", ".git")).Parent!.FullName;
        File.WriteAllText(Path.Combine(clone, ".git", "config"), $"[core]\n\tbare = false\n[remote \"origin\"]\n\turl = {origin}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");

        Assert.Equal(shared, Paths.FindShared(clone, null));
    }

    [Fact]
    public void Missing_shared_folder_is_named_in_the_error()
    {
        var repository = Directory.CreateDirectory(Path.Combine(_root, "alone", "repo")).FullName;

        var error = Assert.Throws<DirectoryNotFoundException>(() => Paths.FindShared(repository, null));
        Assert.Contains(Path.Combine(_root, "alone", "shared"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_folder_wins_and_must_exist()
    {
        var repository = Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(_root, "shared"));
        var configured = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;

        Assert.Equal(configured, Paths.FindShared(repository, configured));
        Assert.Throws<DirectoryNotFoundException>(() => Paths.FindShared(repository, Path.Combine(_root, "none")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
