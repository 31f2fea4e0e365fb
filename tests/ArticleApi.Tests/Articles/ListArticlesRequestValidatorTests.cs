using ArticleApi.Articles;
using ArticleApi.Common.Validation;

namespace ArticleApi.Tests.Articles;

public sealed class ListArticlesRequestValidatorTests
{
    private readonly ListArticlesRequestValidator validator;

    public ListArticlesRequestValidatorTests()
    {
        ValidationSetup.ConfigureMessages();
        validator = new ListArticlesRequestValidator();
    }

    [Fact]
    public void No_parameters_at_all_is_valid() => Assert.True(validator.Validate(new ListArticlesRequest()).IsValid);

    [Fact]
    public void Errors_for_repeated_parameters_name_the_parameter_not_an_index()
    {
        var result = validator.Validate(new ListArticlesRequest { Source = ["ANP", ""] });

        Assert.Equal("source", Assert.Single(result.Errors).PropertyName);
    }

    [Theory]
    [InlineData("2025-03-01", "2025-03-01", true)]
    [InlineData("2025-03-01T10:00:00Z", "2025-03-01", true)]
    [InlineData("2025-03-02", "2025-03-01", false)]
    [InlineData("2025-03-01T10:00:00Z", "2025-03-01T10:00:00Z", false)]
    [InlineData("2025-03-01T10:00:00+01:00", "2025-03-01T09:30:00Z", true)]
    public void From_must_come_before_the_end_of_to(string from, string to, bool valid) =>
        Assert.Equal(valid, validator.Validate(new ListArticlesRequest { From = from, To = to }).IsValid);

    [Fact]
    public void The_query_folds_entities_and_lowers_sources_and_resolves_date_bounds()
    {
        var query = new ListArticlesRequest
        {
            Source = ["ANP", "anp", "Reuters"],
            Entity = ["Oekraïne", "OEKRAINE"],
            From = "2025-03-01",
            To = "2025-03-31",
            Page = 3,
            PageSize = 10,
        }.ToQuery();

        Assert.Equal(["anp", "reuters"], query.SourceKeys!);
        Assert.Equal(["oekraine"], query.EntityKeys!);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), query.From);
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero), query.To);
        Assert.Equal(20, query.Offset);
    }
}
