using System.Collections.Frozen;
using System.IO.Compression;
using ArabicNews.Extraction.Resources;

namespace ArabicNews.Extraction.Entities;

/// <summary>
/// Word clusters learned from unlabelled news (by <c>samples/ArabicNews.Training clusters</c>): words that occur in
/// similar contexts share a cluster, so a name never seen in the labelled corpus still looks like the names that were.
/// Clusters form a three-level hierarchy (<see cref="CoarseCount"/> → <see cref="MiddleCount"/> → <see cref="FineCount"/>),
/// and each word also carries how often it was seen (log2 bucket) and how often trigger words came before it
/// (<see cref="WordClass.Contexts"/>): a name seen after الرئيس in the news keeps that evidence in sentences that lack it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Words are stored as <see cref="FeatureHash.Of"/> hashes of their matching-normalized form
/// without the proclitics that <see cref="ProcliticLength"/> confirms: the table holds model parameters, not text.
/// </remarks>
internal sealed class WordClusters
{
    /// <summary>The logical name of the built-in table.</summary>
    internal const string Resource = "ArabicNews.Extraction.Models.word-clusters.zip";

    /// <summary>Top-level clusters.</summary>
    public const int CoarseCount = 16;

    /// <summary>Clusters at the middle level; each coarse cluster holds <c>MiddleCount / CoarseCount</c> of them.</summary>
    public const int MiddleCount = 128;

    /// <summary>Clusters at the finest level; each middle cluster holds <c>FineCount / MiddleCount</c> of them.</summary>
    public const int FineCount = 1024;

    private const string EntryName = "word-clusters.bin";
    private const uint Magic = 0x43574E41; // "ANWC"
    private const int FormatVersion = 3;

    private static readonly Lazy<WordClusters> BuiltInClusters = new(() => Read(EmbeddedResources.Open(Resource), Resource));

    private readonly FrozenDictionary<ulong, WordClass> _byWord;

    /// <summary>Creates a table from word hashes and their classes.</summary>
    public WordClusters(IEnumerable<KeyValuePair<ulong, WordClass>> words)
    {
        _byWord = words.ToFrozenDictionary();
        var fingerprint = FeatureHash.Empty;
        foreach (var (key, word) in _byWord.OrderBy(w => w.Key))
            fingerprint = FeatureHash.Combine(fingerprint, FeatureHash.Combine(key, ((ulong)word.Contexts << 32) | ((ulong)word.Fine << 8) | word.Frequency));
        Fingerprint = fingerprint;
    }

    /// <summary>The built-in table, loaded once.</summary>
    public static WordClusters BuiltIn => BuiltInClusters.Value;

    /// <summary>How many words the table knows.</summary>
    public int Count => _byWord.Count;

    /// <summary>A hash of the whole table: a model records the fingerprint of the clusters it was trained with.</summary>
    public ulong Fingerprint { get; }

    /// <summary>The class of the word whose key (<see cref="FeatureHash.Of"/>) is <paramref name="wordKey"/>.</summary>
    public bool TryGet(ulong wordKey, out WordClass wordClass) => _byWord.TryGetValue(wordKey, out wordClass);

    /// <summary>
    /// How many of the token's leading proclitic letters (<see cref="Token.Proclitics"/>, as the clitic analyzer found
    /// them) really are proclitics, judged by how often the words left after each possible split were seen: و+بوتين
    /// splits because بوتين is far more frequent than وبوتين, while فلاديمير and بنيامين, which no attested word
    /// follows the ف or ب of, stay whole; an equally frequent shorter word wins over a longer one. A word none of whose
    /// splits was seen (a rare name: وكوناري، لافروف) loses only a leading conjunction و, the one proclitic that names
    /// take far more often than they begin with its letter. The contracted article of للرئيس is left to the analyzer.
    /// </summary>
    public int ProcliticLength(Token token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var normalized = token.Normalized.AsSpan();
        var analyzed = token.Proclitics.Length;
        if (analyzed == 0 || (token.HasDefiniteArticle && !normalized[analyzed..].StartsWith("ال")))
            return analyzed;

        var best = normalized[0] == 'و' ? 1 : 0;
        var bestFrequency = -1;
        for (var length = analyzed; length >= 0; length--)
        {
            if (_byWord.TryGetValue(FeatureHash.Of(normalized[length..]), out var word) && word.Frequency > bestFrequency)
            {
                best = length;
                bestFrequency = word.Frequency;
            }
        }

        return best;
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a word-cluster table of this version.</exception>
    public static WordClusters Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        var entry = archive.GetEntry(EntryName)
            ?? throw new InvalidDataException($"{source} has no '{EntryName}': rebuild it with 'ArabicNews.Training clusters'.");
        using var reader = new BinaryReader(entry.Open());
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
            throw new InvalidDataException($"{source} is not a word-cluster table of version {FormatVersion}: rebuild it with 'ArabicNews.Training clusters'.");
        var count = reader.ReadInt32();
        var words = new KeyValuePair<ulong, WordClass>[count];
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            var fine = reader.ReadUInt16();
            var frequency = reader.ReadByte();
            var contexts = reader.ReadUInt16();
            if (fine >= FineCount)
                throw new InvalidDataException($"{source}: cluster {fine} is out of range.");
            words[i] = new(key, new WordClass(fine, frequency, contexts));
        }

        return new WordClusters(words);
    }

    /// <summary>Writes a table in the format <see cref="Read"/> reads, byte for byte the same for the same words.</summary>
    public static void Write(Stream stream, IEnumerable<KeyValuePair<ulong, WordClass>> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var sorted = words.OrderBy(w => w.Key).ToArray();
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var entry = archive.CreateEntry(EntryName, CompressionLevel.SmallestSize);
        entry.LastWriteTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var writer = new BinaryWriter(entry.Open());
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(sorted.Length);
        foreach (var (key, wordClass) in sorted)
        {
            writer.Write(key);
            writer.Write(wordClass.Fine);
            writer.Write(wordClass.Frequency);
            writer.Write(wordClass.Contexts);
        }
    }
}

/// <summary>A word's cluster at the finest level, its frequency bucket and its trigger contexts.</summary>
/// <param name="Fine">The cluster at the finest level, 0 to <see cref="WordClusters.FineCount"/> - 1.</param>
/// <param name="Frequency">⌊log2(count)⌋ of the word in the corpus the clusters were learned from.</param>
/// <param name="Contexts">
/// For each of <see cref="ContextCategories"/>, two bits (category i at bits 2i, 2i+1): how often a trigger of that
/// category came shortly before the word, as a share of the word's occurrences: 0 never, 1 under 2%, 2 under 10%,
/// 3 more.
/// </param>
internal readonly record struct WordClass(ushort Fine, byte Frequency, ushort Contexts = 0)
{
    /// <summary>
    /// The trigger categories a word's contexts are counted for, and how many words before it the trigger may end
    /// (a person title stands before the nationality and the first name too: الرئيس الفرنسي جاك شيراك).
    /// </summary>
    public static readonly IReadOnlyList<(TriggerCategory Category, int Window)> ContextCategories =
    [
        (TriggerCategory.PersonTitle, 3),
        (TriggerCategory.OrganizationHead | TriggerCategory.OrganizationOf, 2),
        (TriggerCategory.LocationHead, 1),
        (TriggerCategory.LocationPreposition, 1),
        (TriggerCategory.SpeechVerb, 1),
        (TriggerCategory.PersonFirstName, 1),
    ];

    /// <summary>The two-bit share of category <paramref name="index"/> of <see cref="ContextCategories"/>.</summary>
    public int ContextShare(int index) => (Contexts >> (2 * index)) & 3;

    /// <summary>The two-bit code of a share: 0 never, 1 under 2%, 2 under 10%, 3 more.</summary>
    public static int ShareCode(int count, int total) =>
        count == 0 ? 0 : count * 50 < total ? 1 : count * 10 < total ? 2 : 3;

    /// <summary>The cluster at the middle level.</summary>
    public int Middle => Fine / (WordClusters.FineCount / WordClusters.MiddleCount);

    /// <summary>The cluster at the top level.</summary>
    public int Coarse => Fine / (WordClusters.FineCount / WordClusters.CoarseCount);
}
