namespace ArticleApi.Import;

/// <summary>What an import has done so far.</summary>
public sealed class ImportTally
{
    /// <summary>Items read from the files (blank lines are not items).</summary>
    public long Items { get; set; }

    /// <summary>Items valid in a dry run, which stores none.</summary>
    public long Valid { get; set; }

    public long Stored { get; set; }

    /// <summary>Items whose source and externalId were stored already (by an earlier run, or earlier in this one).</summary>
    public long Present { get; set; }

    /// <summary>Items rejected, and files that could not be read.</summary>
    public long Rejected { get; set; }

    /// <summary>Valid items without an externalId, which a re-run cannot recognise.</summary>
    public long WithoutExternalId { get; set; }

    /// <summary>Files in folders that no format reads.</summary>
    public long SkippedFiles { get; set; }

    /// <summary>Bytes of the input files read so far (compressed bytes, for .gz).</summary>
    public long BytesRead { get; set; }

    /// <summary>The last item of the last batch committed: everything up to it is done.</summary>
    public string? DoneThrough { get; set; }
}
