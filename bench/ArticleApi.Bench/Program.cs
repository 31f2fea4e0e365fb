using ArticleApi.Bench.Load;

// Benchmark tools; ./dev.sh bench drives them (see bench/README.md).
//   load <connection string> [count] [batch size] [writers]
return args switch
{
    ["load", var connection, ..] => await BenchLoader.RunAsync(
        connection,
        args.Length > 2 ? int.Parse(args[2]) : 1_000_000,
        args.Length > 3 ? int.Parse(args[3]) : 5_000,
        args.Length > 4 ? int.Parse(args[4]) : 2),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ArticleApi.Bench load <connection string> [count] [batch size] [writers]");
    return 2;
}
