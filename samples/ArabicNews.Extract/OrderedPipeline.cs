using System.Threading.Channels;

namespace ArabicNews.Extract;

/// <summary>
/// Runs work items on all cores and hands the results to a writer in input order, holding at most a few items per core
/// in memory: the channel is bounded, so reading waits while the writer catches up.
/// </summary>
internal static class OrderedPipeline
{
    private static readonly int Capacity = Environment.ProcessorCount * 4;

    public static async Task RunAsync<TIn, TOut>(IEnumerable<TIn> inputs, Func<TIn, TOut> work, Func<TOut, Task> write)
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
            await write(await result.ConfigureAwait(false)).ConfigureAwait(false);
        await producer.ConfigureAwait(false);
    }
}
