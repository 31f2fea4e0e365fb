using ArticleApi.Articles;
using ArticleApi.Common.Validation;
using Microsoft.Extensions.Time.Testing;

namespace ArticleApi.Tests.Articles;

/// <summary>The validator on its own, with a clock the test controls.</summary>
public sealed class ArticleRequestValidatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly ArticleRequestValidator validator;

    public ArticleRequestValidatorTests()
    {
        // Rules resolve their property names when built, so configure first.
        ValidationSetup.ConfigureMessages();
        validator = new ArticleRequestValidator(new FakeTimeProvider(Now));
    }

    private static ArticleRequest Valid() => new()
    {
        Source = "ANP",
        Headline = "Kabinet valt",
        Body = "DEN HAAG (ANP) - Het kabinet is gevallen.",
        Language = "nl",
        PublishedAt = Now,
    };

    [Fact]
    public void A_minimal_article_is_valid() => Assert.True(validator.Validate(Valid()).IsValid);

    [Fact]
    public void PublishedAt_is_measured_against_the_clock()
    {
        Assert.True(validator.Validate(Valid() with { PublishedAt = Now.AddHours(24) }).IsValid);
        var tooLate = validator.Validate(Valid() with { PublishedAt = Now.AddHours(24).AddSeconds(1) });
        Assert.Equal("publishedAt", Assert.Single(tooLate.Errors).PropertyName);
    }

    [Fact]
    public void Entity_errors_are_named_by_their_position_in_camel_case()
    {
        var result = validator.Validate(Valid() with
        {
            Entities = [new() { Name = "Rutte", Type = EntityType.Person }, new() { Name = "", Type = EntityType.Person }],
        });

        Assert.Equal("entities[1].name", Assert.Single(result.Errors).PropertyName);
    }

    [Fact]
    public void One_message_per_field_even_when_several_rules_would_fail()
    {
        var result = validator.Validate(Valid() with { Language = "" });

        Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("https://nos.nl/artikel/1", true)]
    [InlineData("http://localhost:8080/x?y=z#frag", true)]
    [InlineData("https://", false)]
    [InlineData("mailto:redactie@anp.nl", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Urls_must_be_http_or_https_with_a_host(string url, bool valid) =>
        Assert.Equal(valid, validator.Validate(Valid() with { Url = url }).IsValid);
}
