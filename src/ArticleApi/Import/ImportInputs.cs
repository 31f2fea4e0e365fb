namespace ArticleApi.Import;

/// <summary>A file to import: its kind, or why it cannot be read.</summary>
public sealed record ImportInput(string Path, long Length, ImportKind Kind);

/// <summary>The files the command line names: files as given, folders walked recursively in name order.</summary>
public static class ImportInputs
{
    /// <summary>
    /// Every file to import, in order; a folder that cannot be listed, and a named file of no known kind, come as a
    /// kind that says why. Throws <see cref="ImportUsageException"/> for a path that does not exist.
    /// </summary>
    /// <param name="rejects">The rejects file, never read as input: it grows while the input is read, by a line per line
    /// it would reject.</param>
    public static List<ImportInput> Collect(IEnumerable<string> paths, string rejects, ImportFormats formats, ImportTally tally)
    {
        var inputs = new List<ImportInput>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                inputs.Add(new ImportInput(path, new FileInfo(path).Length, formats.For(path)
                    ?? new ImportKind(null, $"Not a file to import: its name must end in {ImportFormats.Extensions}.")));
            else if (Directory.Exists(path)) Walk(path, formats, tally, inputs);
            else throw new ImportUsageException($"No such file or folder: {path}");
        }
        var written = Path.GetFullPath(rejects);
        return [.. inputs.Where(i => Path.GetFullPath(i.Path) != written)];
    }

    private static void Walk(string folder, ImportFormats formats, ImportTally tally, List<ImportInput> inputs)
    {
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            inputs.Add(new ImportInput(folder, 0, new ImportKind(null, $"The folder cannot be read: {e.Message}")));
            return;
        }
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            if (formats.For(file) is { } kind) inputs.Add(new ImportInput(file, Length(file), kind));
            else tally.SkippedFiles++;
        }
        // Linked folders are not followed: a link to a parent would never end.
        foreach (var sub in folders.Order(StringComparer.Ordinal).Where(f => new DirectoryInfo(f).LinkTarget is null))
            Walk(sub, formats, tally, inputs);
    }

    private static long Length(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // opening it will fail too, and say why
        }
    }
}
