using System.Globalization;
using System.Text.Json;
using ArabicNews.Extraction;
using ArabicNews.Extraction.Entities;

namespace ArabicNews.Training;

/// <summary>
/// Learns the word clusters: skip-gram embeddings over unlabelled news (the Jawhara FM corpus) and the text of
/// train.txt, then a three-level spherical k-means over them (16 → 128 → 1024 clusters). Words are taken as the tagger
/// looks them up: matching-normalized, without proclitics. Deterministic: a fixed seed and one thread.
/// </summary>
internal static class ClusterCommand
{
    private const int MinimumCount = 3;
    private const int Seed = 20240601;

    public static int Run(Paths paths, TextWriter log)
    {
        var segmenter = new CorpusSegmenter();
        var texts = NewsTexts(paths.News).Concat(AnerCorpus.Read(paths.Train).Select(s => s.Text));
        var tokenSentences = new List<Token[]>();
        foreach (var text in texts)
        {
            var document = segmenter.Segment(text);
            foreach (var sentence in document.Sentences)
            {
                var words = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount).ToArray().Where(t => t.IsWord).ToArray();
                if (words.Length > 1)
                    tokenSentences.Add(words);
            }
        }

        // Which proclitics are real is judged by the frequency of the words as written (WordClusters.ProcliticLength),
        // so the words are counted twice: as written, then without their confirmed proclitics.
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokenSentences.SelectMany(s => s))
            written[token.Normalized] = written.GetValueOrDefault(token.Normalized) + 1;
        var asWritten = new WordClusters(written.Where(w => w.Value >= MinimumCount)
            .Select(w => new KeyValuePair<ulong, WordClass>(FeatureHash.Of(w.Key), new WordClass(0, (byte)Math.Log2(w.Value)))));

        var sentences = new List<int[]>();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var tokenCount = 0L;
        foreach (var tokens in tokenSentences)
        {
            var ids = new int[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                var word = tokens[i].Normalized[asWritten.ProcliticLength(tokens[i])..];
                if (!vocabulary.TryGetValue(word, out var id))
                {
                    id = vocabulary.Count;
                    vocabulary.Add(word, id);
                    counts.Add(0);
                }

                counts[id]++;
                ids[i] = id;
            }

            tokenCount += ids.Length;
            sentences.Add(ids);
        }

        // Keep the words seen at least MinimumCount times, most frequent first (ties by spelling, for determinism).
        var kept = vocabulary.Where(w => counts[w.Value] >= MinimumCount)
            .OrderByDescending(w => counts[w.Value]).ThenBy(w => w.Key, StringComparer.Ordinal).ToArray();
        var newId = new int[vocabulary.Count];
        Array.Fill(newId, -1);
        for (var i = 0; i < kept.Length; i++)
            newId[kept[i].Value] = i;
        var corpus = sentences.Select(s => s.Select(id => newId[id]).Where(id => id >= 0).ToArray()).Where(s => s.Length > 1).ToList();
        var keptCounts = kept.Select(w => counts[w.Value]).ToArray();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {tokenCount} words, {vocabulary.Count} distinct, {kept.Length} seen at least {MinimumCount} times"));

        var vectors = SkipGram.Train(corpus, keptCounts, new SkipGramSettings(), Seed, log);
        var fine = HierarchicalKMeans.Cluster(vectors, SkipGramSettings.Dimensions, [WordClusters.CoarseCount, WordClusters.MiddleCount / WordClusters.CoarseCount, WordClusters.FineCount / WordClusters.MiddleCount], Seed, log);

        var contexts = TriggerContexts(tokenSentences, asWritten, newId, vocabulary, kept.Length);
        var table = new KeyValuePair<ulong, WordClass>[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            var code = 0;
            for (var c = 0; c < WordClass.ContextCategories.Count; c++)
                code |= WordClass.ShareCode(contexts[i, c], keptCounts[i]) << (2 * c);
            table[i] = new(FeatureHash.Of(kept[i].Key), new WordClass((ushort)fine[i], (byte)Math.Log2(keptCounts[i]), (ushort)code));
        }
        using (var file = File.Create(paths.Clusters))
            WordClusters.Write(file, table);
        log.WriteLine($"wrote {paths.Clusters} ({new FileInfo(paths.Clusters).Length / 1024} KB)");
        PrintSample(kept, fine, log);
        return 0;
    }

    // For each kept word and each context category, how many of its occurrences had a trigger of that category end
    // within the category's window before it (over the words of the sentence, punctuation left out).
    private static int[,] TriggerContexts(List<Token[]> sentences, WordClusters asWritten, int[] newId, Dictionary<string, int> vocabulary, int kept)
    {
        var counts = new int[kept, WordClass.ContextCategories.Count];
        var triggers = EntityTriggers.BuiltIn;
        foreach (var tokens in sentences)
        {
            var words = new ulong[tokens.Length];
            var bare = new ulong[tokens.Length];
            var ending = new TriggerCategory[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                words[i] = FeatureHash.Of(tokens[i].Normalized);
                bare[i] = FeatureHash.Of(tokens[i].Normalized.AsSpan(asWritten.ProcliticLength(tokens[i])));
            }

            for (var i = 0; i < tokens.Length; i++)
                ending[i] = triggers.EndingAt(words, bare, 0, i);

            for (var i = 0; i < tokens.Length; i++)
            {
                var id = newId[vocabulary[tokens[i].Normalized[asWritten.ProcliticLength(tokens[i])..]]];
                if (id < 0)
                    continue;
                for (var c = 0; c < WordClass.ContextCategories.Count; c++)
                {
                    var (category, window) = WordClass.ContextCategories[c];
                    for (var j = Math.Max(0, i - window); j < i; j++)
                    {
                        if ((ending[j] & category) != 0)
                        {
                            counts[id, c]++;
                            break;
                        }
                    }
                }
            }
        }

        return counts;
    }

    private static IEnumerable<string> NewsTexts(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            yield return json.RootElement.GetProperty("text").GetString() ?? string.Empty;
        }
    }

    // A glimpse of what was learned: the most frequent words of a few clusters.
    private static void PrintSample(KeyValuePair<string, int>[] words, int[] fine, TextWriter log)
    {
        var byCluster = new Dictionary<int, List<string>>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!byCluster.TryGetValue(fine[i], out var list))
                byCluster[fine[i]] = list = [];
            if (list.Count < 12)
                list.Add(words[i].Key);
        }

        foreach (var cluster in byCluster.Keys.Order().Where(c => c % 97 == 0))
            log.WriteLine($"  cluster {cluster}: {string.Join(' ', byCluster[cluster])}");
    }
}
