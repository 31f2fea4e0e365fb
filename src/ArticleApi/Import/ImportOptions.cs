using System.Globalization;
using ArticleApi.Common.Text;

namespace ArticleApi.Import;

/// <summary>What `import` was asked to do: its command line, parsed.</summary>
public sealed record ImportOptions
{
    public const string DefaultRejects = "import-rejects.ndjson";
    public const int DefaultBatchSize = 1_000;
    public const int MaxBatchSize = 100_000;

    public const string Usage = """
        usage: dotnet ArticleApi.dll import [options] PATH...
               ./dev.sh import [options] PATH...

        Stores the articles in each PATH (a file, or a folder read recursively) in the database that
        ConnectionStrings__Articles names, validating each item as POST /articles does. By extension:
          .ndjson, .jsonl  one JSON object per line: an article as POST /articles takes it, a line
                           of GET /articles/export, or a ninjs item (recognised by its "uri")
          .txt             one item of wire copy, read as POST /articles reads a text/plain body:
                           source from the dateline, headline from a first line that is one,
                           language detected; published at --published-at, else the file's
                           last-write time
          .json            ninjs (IPTC News in JSON 2.x): one item, several, or an array of
                           them, each read as POST /articles reads application/ninjs+json
        Any of them may be gzipped (name.ndjson.gz). Other files in a folder are skipped.
        An item whose source and externalId are already stored is skipped, so a re-run resumes.

        options:
          --rejects FILE        list rejected items there, one JSON object per line; the file is
                                replaced on each run (default: import-rejects.ndjson)
          --batch-size N        items per transaction, 1-100000 (default: 1000)
          --dry-run             read and validate only: write nothing, use no database
          --source NAME         the source of items that name none (and whose body opens with no
                                dateline naming the agency)
          --language CODE       the language (ISO 639-1) of items that give none (wire text: of
                                every file, instead of detecting it)
          --published-at TIME   when wire text files were published (RFC 3339, e.g.
                                2025-03-20T10:15:00Z); default: each file's last-write time
          --derive-external-id  give an item without externalId one made from its content
                                ("sha256:" and 32 hex digits), so that a re-run skips it too
          --progress-every SEC  seconds between progress lines when the output is not a terminal
                                (default: 5; 0: after every batch)
          -h, --help            show this text

        exit status: 0 every item stored or already present; 1 some items rejected (see --rejects);
                     2 usage, file or database error: nothing of an unfinished batch is stored, and
                     running the same command again resumes
        """;

    public IReadOnlyList<string> Paths { get; init; } = [];
    public string RejectsPath { get; init; } = DefaultRejects;
    public int BatchSize { get; init; } = DefaultBatchSize;
    public bool DryRun { get; init; }
    public string? Source { get; init; }
    public string? Language { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public bool DeriveExternalId { get; init; }
    public TimeSpan ProgressEvery { get; init; } = TimeSpan.FromSeconds(5);
    public bool Help { get; init; }

    /// <summary>The options in <paramref name="args"/> (after the verb); throws <see cref="ImportUsageException"/> for a wrong one.</summary>
    public static ImportOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ImportOptions();
        var paths = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                paths.AddRange(args.Skip(i + 1));
                break;
            }
            if (!arg.StartsWith('-') || arg == "-")
            {
                paths.Add(arg);
                continue;
            }
            var (name, inline) = arg.IndexOf('=') is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            string Value() => inline ?? (++i < args.Count ? args[i] : throw new ImportUsageException($"{name} needs a value."));
            options = name switch
            {
                "-h" or "--help" => options with { Help = true },
                "--dry-run" => options with { DryRun = true },
                "--derive-external-id" => options with { DeriveExternalId = true },
                "--rejects" => options with { RejectsPath = Value() },
                "--batch-size" => options with { BatchSize = Number(name, Value(), 1, MaxBatchSize) },
                "--progress-every" => options with { ProgressEvery = TimeSpan.FromSeconds(Number(name, Value(), 0, 86_400)) },
                "--source" => options with { Source = SourceName(Value()) },
                "--language" => options with { Language = LanguageCode(Value()) },
                "--published-at" => options with { PublishedAt = Time(name, Value()) },
                _ => throw new ImportUsageException($"Unknown option {name}."),
            };
        }
        if (paths.Count == 0 && !options.Help) throw new ImportUsageException("Name at least one file or folder to import.");
        return options with { Paths = paths };
    }

    private static int Number(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ImportUsageException($"{name} takes a whole number from {min} to {max}, not '{value}'.");

    private static DateTimeOffset Time(string name, string value) =>
        Rfc3339.TryParseDateTime(value.Trim(), out var time)
            ? time
            : throw new ImportUsageException($"{name} takes an RFC 3339 time with an offset, such as 2025-03-20T10:15:00Z, not '{value}'.");

    private static string SourceName(string value) =>
        value.Trim() is { Length: > 0 and <= 64 } source && !source.Any(char.IsControl)
            ? source
            : throw new ImportUsageException($"--source takes 1-64 characters on one line, not '{value}'.");

    private static string LanguageCode(string value) =>
        IsoLanguages.IsKnown(value.Trim())
            ? value.Trim().ToLowerInvariant()
            : throw new ImportUsageException($"--language takes a two-letter ISO 639-1 code such as 'nl' or 'en', not '{value}'.");
}

/// <summary>A command line `import` cannot run: the message says what is wrong.</summary>
public sealed class ImportUsageException(string message) : Exception(message);
