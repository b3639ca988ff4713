using System.Threading.Channels;

namespace ArabicNews.Extract;

/// <summary>
/// Runs work items on all cores and hands the results to a writer in input order, holding at most a few items per core
/// in memory: the channel is bounded, so reading waits while the writer catches up.
/// </summary>
internal static class OrderedPipeline
{
    private static readonly int Capacity = Environment.ProcessorCount * 4;

    /// <summary>
    /// Runs <paramref name="work"/> on every input and <paramref name="write"/> on the results in input order;
    /// <paramref name="idle"/> runs whenever the writer has caught up with the workers (the place to flush output,
    /// so a slow producer's results are not held back in a buffer). <paramref name="work"/> must not throw.
    /// </summary>
    public static async Task RunAsync<TIn, TOut>(IEnumerable<TIn> inputs, Func<TIn, TOut> work, Func<TOut, Task> write, Func<Task> idle)
    {
        var pending = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var input in inputs)
                    await pending.Writer.WriteAsync(Task.Run(() => work(input))).ConfigureAwait(false);
            }
            finally
            {
                pending.Writer.Complete();
            }
        });

        await foreach (var result in pending.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            await write(await result.ConfigureAwait(false)).ConfigureAwait(false);
            if (!pending.Reader.TryPeek(out var next) || !next.IsCompleted)
                await idle().ConfigureAwait(false);
        }

        await producer.ConfigureAwait(false);
    }
}
