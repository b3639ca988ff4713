using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArabicNews.Extraction.Benchmarks;

/// <summary>Adds MB/s (UTF-8 input) and tokens/s columns, computed from the sample's size and token counts.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn("MB/s", "Input in UTF-8 megabytes (10^6 bytes) per second", _ => Workload.Shared.Utf8Bytes / 1e6));
        AddColumn(new ThroughputColumn("Mtokens/s", "Millions of tokens per second: each Lucene analyzer's own tokens for its rows, ours (punctuation included) for the others", TokensPerOperation));
    }

    private static double TokensPerOperation(string method) => method switch
    {
        nameof(PipelineBenchmarks.LuceneStandardTokenizerWithNormalization) => TokenCounts.Value.LuceneStandard,
        nameof(PipelineBenchmarks.LuceneArabicAnalyzer) => TokenCounts.Value.LuceneArabic,
        nameof(PipelineBenchmarks.OurLuceneAnalyzer) => TokenCounts.Value.OurLuceneAnalyzer,
        _ => TokenCounts.Value.Ours,
    } / 1e6;

    private static readonly Lazy<(int Ours, int LuceneStandard, int LuceneArabic, int OurLuceneAnalyzer)> TokenCounts = new(() =>
        (Workload.Shared.ExtractAll(), Workload.Shared.LuceneStandardNormalized(), Workload.Shared.LuceneArabic(), Workload.Shared.OurLuceneAnalyzer()));

    // Millions of units (bytes, tokens) each operation processes, by benchmark method name.
    private sealed class ThroughputColumn(string name, string legend, Func<string, double> unitsPerOperation) : IColumn
    {
        public string Id => name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null || statistics.Mean <= 0)
                return "NA";
            var perSecond = unitsPerOperation(benchmarkCase.Descriptor.WorkloadMethod.Name) / (statistics.Mean / 1e9);
            return perSecond.ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
