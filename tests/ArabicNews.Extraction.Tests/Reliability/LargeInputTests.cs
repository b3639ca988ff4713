using System.Diagnostics;
using ArabicNews.Extraction.Serialization;

namespace ArabicNews.Extraction.Tests.Reliability;

/// <summary>Huge inputs: a valid article, and cancellation that stops the work promptly.</summary>
public class LargeInputTests
{
    private const int TwentyMegabytes = 20 * 1000 * 1000;

    // Measured at about 24 on news-like text with tokens, clitic parts and stems; the ceiling leaves room for the
    // entity and quotation stages but fails on anything that grows faster than the input.
    private const double MaxAllocationPerInputByte = 48;

    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();
    private static readonly Lazy<string> HugeLine = new(() => HostileText.SingleLine(TwentyMegabytes));

    [Fact]
    public void A_20_MB_single_line_gives_a_valid_article()
    {
        var text = HugeLine.Value;

        var article = Extractor.Extract(text);

        ArticleContract.Check(article, text);
        Assert.Single(article.Paragraphs);
        Assert.True(article.Tokens.Count > 1_000_000, $"{article.Tokens.Count} tokens");
    }

    [Fact]
    public void The_JSON_of_a_large_article_is_valid()
    {
        var text = HostileText.SingleLine(2 * 1000 * 1000);

        ArticleContract.CheckJson(ArticleJson.Serialize(Extractor.Extract(text), includeTokens: true), text);
    }

    [Fact]
    public void Allocation_grows_linearly_and_stays_a_small_multiple_of_the_input()
    {
        var small = HostileText.SingleLine(1000 * 1000);
        var large = HostileText.SingleLine(4 * 1000 * 1000);
        Extractor.Extract(small);

        var smallBytes = AllocatedBy(() => Extractor.Extract(small));
        var largeBytes = AllocatedBy(() => Extractor.Extract(large));

        var perInputByte = (double)largeBytes / (large.Length * sizeof(char));
        var growth = (double)largeBytes / smallBytes / ((double)large.Length / small.Length);
        Assert.True(perInputByte < MaxAllocationPerInputByte, $"{perInputByte:F1} bytes allocated per input byte");
        Assert.InRange(growth, 0.8, 1.25);
    }

    [Fact]
    public void A_token_cancelled_before_the_call_stops_it_at_once()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Extractor.Extract(HugeLine.Value, cancellation.Token));
    }

    [Fact]
    public void Cancelling_during_a_20_MB_single_line_stops_it_promptly()
    {
        var text = HugeLine.Value;
        using var cancellation = new CancellationTokenSource();
        var stopwatch = new Stopwatch();
        using var started = new ManualResetEventSlim();
        var extraction = Task.Run(() =>
        {
            started.Set();
            return Extractor.Extract(text, cancellation.Token);
        });
        started.Wait();
        Thread.Sleep(200);
        stopwatch.Start();
        cancellation.Cancel();

        var thrown = Record.Exception(() => extraction.GetAwaiter().GetResult());
        stopwatch.Stop();

        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"cancellation took {stopwatch.Elapsed}");
    }

    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
