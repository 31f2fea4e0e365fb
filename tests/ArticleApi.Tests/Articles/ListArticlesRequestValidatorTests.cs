using ArticleApi.Articles;
using ArticleApi.Common.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ArticleApi.Tests.Articles;

public sealed class ListArticlesRequestValidatorTests
{
    private readonly ListArticlesRequestValidator validator;

    public ListArticlesRequestValidatorTests()
    {
        ValidationSetup.ConfigureMessages();
        // Only rules that need no database are exercised here; cursors are covered through HTTP.
        validator = new ListArticlesRequestValidator(new CursorProtector(null!, new ConfigurationBuilder().Build()), Options.Create(new ListLimits()));
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
    public void The_filter_folds_entities_and_lowers_sources_and_resolves_date_bounds_in_the_time_zone()
    {
        var filter = new ListArticlesRequest
        {
            Source = ["ANP", "anp", "Reuters"],
            Entity = ["Oekraïne", "OEKRAINE"],
            From = "2025-03-01",
            To = "2025-03-31",
            Timezone = "Europe/Amsterdam",
            Dateline = "LONDEN",
        }.ToFilter();

        Assert.Equal(["anp", "reuters"], filter.SourceKeys!);
        Assert.Equal(["oekraine"], filter.EntityKeys!);
        Assert.Equal(new DateTimeOffset(2025, 2, 28, 23, 0, 0, TimeSpan.Zero), filter.From);
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 22, 0, 0, TimeSpan.Zero), filter.To);
        Assert.Equal("londen", filter.DatelineKey);
    }

    [Theory]
    [InlineData(501, 20, true)]
    [InlineData(502, 20, false)]
    [InlineData(101, 100, true)]
    [InlineData(102, 100, false)]
    public void Page_numbers_reach_10000_results_deep(int page, int pageSize, bool valid)
    {
        var result = validator.Validate(new ListArticlesRequest { Page = page, PageSize = pageSize });

        Assert.Equal(valid, result.IsValid);
        if (!valid) Assert.Contains("cursor", Assert.Single(result.Errors).ErrorMessage);
    }
}
