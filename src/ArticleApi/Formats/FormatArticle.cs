using ArticleApi.Articles;
using FluentValidation.Results;

namespace ArticleApi.Formats;

/// <summary>
/// An item of another format read as an article request, and how that format names the request's fields. Wire text
/// uses the request's own names (its query parameters are named so); ninjs overrides them with its own.
/// </summary>
public record FormatArticle(ArticleRequest Request)
{
    /// <summary>The article of this service the item says it is (ninjs written by this service carries its id), if any.</summary>
    public Guid? StoredAs { get; init; }

    /// <summary>
    /// The request as the body of PUT /articles/by-source/{source}/{externalId}, whose path names the item: what the
    /// item only implies about its source and id gives way to the path.
    /// </summary>
    public virtual ArticleRequest AgencyItemBody => Request;

    /// <summary>Whether a listed entity the text names itself counts as found by the service (see ArticleDraft.From).</summary>
    public virtual bool ListedFoundAreExtracted => false;

    /// <summary>The field in the format's terms that a request field ("headline", "entities[3].name") came from.</summary>
    public virtual string FieldOf(string requestField) => requestField;

    /// <summary>A validator message about <paramref name="requestField"/>, in the format's terms.</summary>
    public virtual string Message(string requestField, string message) => message;

    /// <summary>The validator's failures as a problem's errors, named and worded in the format's terms.</summary>
    public Dictionary<string, string[]> Errors(ValidationResult result) =>
        result.Errors.GroupBy(e => FieldOf(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => Message(e.PropertyName, e.ErrorMessage)).Distinct().ToArray());
}
