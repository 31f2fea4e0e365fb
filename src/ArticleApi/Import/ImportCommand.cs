using System.Globalization;
using ArticleApi.Articles;
using ArticleApi.Common.Json;
using ArticleApi.Common.Validation;
using ArticleApi.Database;
using ArticleApi.Entities;
using ArticleApi.Entities.Extraction;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ArticleApi.Import;

/// <summary>
/// `dotnet ArticleApi.dll import [options] PATH…`: bulk import (see <see cref="ImportOptions.Usage"/>). It builds the
/// API's own services (JSON settings, validator, entity extraction, data source) without serving, so an imported
/// item is read, judged and stored as a POST would be, through the bulk COPY path.
/// </summary>
public static class ImportCommand
{
    public const string Verb = "import";
    public const int Succeeded = 0;
    public const int SomeRejected = 1;
    public const int Failed = 2;

    public static bool IsRequested(string[] args) => args is [Verb, ..];

    public static async Task<int> RunAsync(string[] args)
    {
        using var interrupted = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C ends the batch in flight cleanly (rolled back); a second one kills the process.
            if (interrupted.IsCancellationRequested) return;
            e.Cancel = true;
            interrupted.Cancel();
        };
        try
        {
            return await RunAsync(args[1..], ImportConsole.System, settings: [], interrupted.Token);
        }
        catch (Exception e)
        {
            // A command-line tool answers in a sentence, not a stack trace; what failed is in the message.
            Console.Error.WriteLine($"import: failed: {e.GetType().Name}: {e.Message}");
            return Failed;
        }
    }

    /// <param name="args">The arguments after the verb.</param>
    /// <param name="settings">Configuration on top of the API's own (environment, appsettings), e.g. the connection string.</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, ImportConsole console, IEnumerable<KeyValuePair<string, string?>> settings, CancellationToken cancellationToken)
    {
        ImportOptions options;
        try
        {
            options = ImportOptions.Parse(args);
        }
        catch (ImportUsageException e)
        {
            console.Error.WriteLine($"import: {e.Message}\n\n{ImportOptions.Usage}");
            return Failed;
        }
        if (options.Help)
        {
            console.Out.WriteLine(ImportOptions.Usage);
            return Succeeded;
        }

        try
        {
            await using var services = Services(options, settings);
            var tally = new ImportTally();
            var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var inputs = ImportInputs.Collect(options.Paths, options.RejectsPath, new ImportFormats(json, options), tally);
            var writer = options.DryRun ? null : await DatabaseAsync(services, cancellationToken);
            await using var rejects = RejectsFile.Create(options.RejectsPath);
            var progress = new ImportProgress(console, options.ProgressEvery, inputs.Sum(i => i.Length), TimeProvider.System);
            var runner = new ImportRunner(options, services.GetRequiredService<IValidator<ArticleRequest>>(),
                services.GetRequiredService<EntityExtractor>(), writer, rejects, tally, progress);
            try
            {
                await runner.RunAsync(inputs, cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException or OperationCanceledException)
            {
                progress.Finish();
                console.Out.WriteLine(Summary(options, tally, progress.Elapsed));
                console.Error.WriteLine(Stopped(e, tally, runner.Unfinished));
                return Failed;
            }
            progress.Finish();
            console.Out.WriteLine(Summary(options, tally, progress.Elapsed));
            foreach (var note in Notes(options, tally)) console.Out.WriteLine(note);
            return tally.Rejected > 0 ? SomeRejected : Succeeded;
        }
        catch (ImportUsageException e)
        {
            console.Error.WriteLine($"import: {e.Message}");
            return Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"import: {e.Message}");
            return Failed;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException { InnerException: NpgsqlException })
        {
            console.Error.WriteLine($"import: the database cannot be used: {e.Message}");
            return Failed;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("import: interrupted before any item was read");
            return Failed;
        }
    }

    /// <summary>The API's services that reading, validating and storing an article take, built as the API builds them.</summary>
    private static ServiceProvider Services(ImportOptions options, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders(); // the command reports for itself; a log line per statement would bury it
        if (!options.DryRun)
        {
            if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(DatabaseExtensions.ConnectionStringName)))
                throw new ImportUsageException($"No database: set ConnectionStrings__{DatabaseExtensions.ConnectionStringName} (./dev.sh import does), or use --dry-run.");
            builder.AddDatabase();
        }
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddArticles();
        builder.Services.AddEntities();
        builder.Services.AddApiJson();
        builder.Services.AddApiValidation();
        return builder.Services.BuildServiceProvider();
    }

    /// <summary>Brings the schema up to date as the API does at start (unless Database:MigrateOnStartup is false).</summary>
    private static async Task<ArticleBulkWriter> DatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (configuration.GetValue("Database:MigrateOnStartup", true))
            await Task.Run(() => DatabaseMigrator.Migrate(configuration.GetConnectionString(DatabaseExtensions.ConnectionStringName)!, NullLogger.Instance), cancellationToken);
        return services.GetRequiredService<ArticleBulkWriter>();
    }

    private static string Summary(ImportOptions options, ImportTally tally, TimeSpan elapsed)
    {
        var rate = tally.Items / Math.Max(elapsed.TotalSeconds, 0.001);
        var rejected = tally.Rejected == 0 ? "0 rejected"
            : string.Create(CultureInfo.InvariantCulture, $"{tally.Rejected:N0} rejected (listed in {options.RejectsPath})");
        var read = string.Create(CultureInfo.InvariantCulture, $"{Count(tally.Items, "item")} in {ImportProgress.Duration(elapsed)} ({rate:N0} items/s)");
        return options.DryRun
            ? string.Create(CultureInfo.InvariantCulture, $"import: dry run, nothing stored: {read}: {tally.Valid:N0} valid, {rejected}")
            : string.Create(CultureInfo.InvariantCulture, $"import: {read}: {tally.Stored:N0} stored, {tally.Present:N0} already present, {rejected}");
    }

    private static string Count(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");

    private static IEnumerable<string> Notes(ImportOptions options, ImportTally tally)
    {
        if (tally.SkippedFiles > 0)
            yield return string.Create(CultureInfo.InvariantCulture, $"import: {Count(tally.SkippedFiles, "file")} in the folders skipped: their names do not end in {ImportFormats.Extensions}");
        if (tally.WithoutExternalId > 0)
            yield return string.Create(CultureInfo.InvariantCulture, $"import: warning: {Count(tally.WithoutExternalId, "item")} without externalId: a re-run cannot recognise {(tally.WithoutExternalId == 1 ? "it" : "them")} and {(options.DryRun ? "would store" : "stores")} {(tally.WithoutExternalId == 1 ? "it" : "them")} again (--derive-external-id gives each one made from its content)");
    }

    private static string Stopped(Exception failure, ImportTally tally, (string First, string Last)? unfinished)
    {
        var why = failure is OperationCanceledException ? "interrupted" : $"database error: {failure.Message}";
        var done = tally.DoneThrough is null ? "No batch was stored." : $"Every item up to {tally.DoneThrough} is done (stored, already present or rejected).";
        var lost = unfinished is var (first, last) ? $" The batch {first} to {last} was not stored, nor anything after it." : "";
        return $"import: stopped, {why}\nimport: {done}{lost} Run the same command again to resume: stored items are skipped.";
    }
}
