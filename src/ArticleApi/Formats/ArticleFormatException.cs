namespace ArticleApi.Formats;

/// <summary>
/// An item in another format (ninjs, wire text) that cannot become an article: which field, in that format's own
/// terms ("headlines[0].value"), and why. Endpoints answer it as a 400 naming the field; the import lists it as a rejection.
/// </summary>
public sealed class ArticleFormatException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
