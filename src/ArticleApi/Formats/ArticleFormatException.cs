namespace ArticleApi.Formats;

/// <summary>
/// An item in another format (ninjs, wire text) that cannot become an article: which fields, in that format's own
/// terms ("headlines[0].value"), and why. Endpoints answer it as a 400 naming every field; the import lists it as a rejection.
/// </summary>
public sealed class ArticleFormatException : Exception
{
    public ArticleFormatException(string field, string message) : this(new Dictionary<string, string> { [field] = message }) { }

    /// <summary>Several fields at once, so a client fixes them in one go rather than one per request.</summary>
    public ArticleFormatException(IReadOnlyDictionary<string, string> errors) : base(string.Join(" ", errors.Values))
    {
        if (errors.Count == 0) throw new ArgumentException("At least one field is wrong.", nameof(errors));
        Errors = errors;
    }

    /// <summary>The first field named.</summary>
    public string Field => Errors.Keys.First();

    public IReadOnlyDictionary<string, string> Errors { get; }
}
