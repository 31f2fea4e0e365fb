using ArticleApi.Bench.Extraction;
using ArticleApi.Bench.Load;
using ArticleApi.Bench.Run;

// Benchmark tools; ./dev.sh bench drives them (see bench/README.md).
return args switch
{
    ["load", var connection, ..] => await BenchLoader.RunAsync(
        connection,
        Argument(args, 2, 1_000_000),
        Argument(args, 3, 5_000),
        Argument(args, 4, 2)),
    ["run", var connection, var apiDll, ..] => await new BenchRunner(
        connection,
        apiDll,
        port: Argument(args, 5, 5091),
        connections: Argument(args, 4, 32),
        seconds: Argument(args, 3, 20),
        benchDirectory: args.Length > 6 ? args[6] : "bench").RunAsync(),
    ["ndjson", var path, ..] => NdjsonFile.Write(path, Argument(args, 2, 100_000)),
    ["extraction", var root, ..] => ExtractionBench.Run(
        root,
        Argument(args, 2, 2_000),
        args.Length > 3 ? args[3] : Path.Combine(root, "bench", "EXTRACTION.md")),
    _ => Usage(),
};

static int Argument(string[] args, int index, int fallback) => args.Length > index ? int.Parse(args[index]) : fallback;

static int Usage()
{
    Console.Error.WriteLine("""
        usage: ArticleApi.Bench load <connection string> [count=1000000] [batch size=5000] [writers=2]
               ArticleApi.Bench run <connection string> <ArticleApi.dll> [seconds=20] [connections=32] [port=5091] [bench dir=bench]
               ArticleApi.Bench ndjson <file> [count=100000]
               ArticleApi.Bench extraction <repository root> [rounds=2000] [output=bench/EXTRACTION.md]
        """);
    return 2;
}
