using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Articles;

/// <summary>
/// Every rule an article body must meet, through HTTP: each bad input answers 400 problem+json naming
/// the field, and no rejected request leaves a row behind.
/// </summary>
public sealed class ArticleValidationTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private readonly HttpClient editor = api.AsEditor();

    private Task<long> CountRowsAsync() =>
        api.ScalarAsync<long>("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM article_entities)");

    /// <summary>Posts, expects a 400 naming <paramref name="field"/>, checks nothing was written, returns the message.</summary>
    private async Task<string> RejectedAsync(JsonNode article, string field) =>
        await RejectedAsync(() => editor.PostArticleAsync(article), field);

    private async Task<string> RejectedAsync(Func<Task<HttpResponseMessage>> send, string field)
    {
        var before = await CountRowsAsync();
        var message = await (await send()).ReadFieldErrorAsync(field);
        Assert.Equal(before, await CountRowsAsync());
        return message;
    }

    public static TheoryData<string, string, string> RequiredFields => new()
    {
        { "source", "missing", "is required unless the body opens with a dateline" },
        { "headline", "missing", "must not be empty" },
        { "body", "missing", "must not be empty" },
        { "language", "missing", "must not be empty" },
        { "publishedAt", "missing", "must not be empty" },
        { "source", "   ", "is required unless the body opens with a dateline" },
        { "headline", "", "must not be empty" },
        { "body", " \n\n ", "must not be empty" },
    };

    [Theory, MemberData(nameof(RequiredFields))]
    public async Task Required_fields_must_be_present_and_not_blank(string field, string value, string message)
    {
        var article = Valid();
        if (field == "source") article["body"] = "Het kabinet wil jaarlijks 100.000 woningen laten bouwen.";  // no dateline to take it from
        if (value == "missing") article.Remove(field);
        else article[field] = value;

        Assert.Contains(message, await RejectedAsync(article, field));
    }

    public static TheoryData<string, int> MaximumLengths => new()
    {
        { "source", 64 }, { "externalId", 200 }, { "headline", 500 }, { "summary", 2_000 },
        { "body", 200_000 }, { "dateline", 100 }, { "byline", 200 },
    };

    [Theory, MemberData(nameof(MaximumLengths))]
    public async Task Text_fields_take_up_to_their_maximum_length_and_not_one_character_more(string field, int max)
    {
        var atLimit = Valid();
        atLimit[field] = new string('x', max);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostArticleAsync(atLimit)).StatusCode);

        var overLimit = Valid();
        overLimit[field] = new string('x', max + 1);
        Assert.Contains($"{max}", await RejectedAsync(overLimit, field));
    }

    [Theory]
    [InlineData("source", "ANP\nextra")]
    [InlineData("headline", "Kabinet\tvalt")]
    [InlineData("externalId", "id\u0007")]
    [InlineData("dateline", "LON\rDEN")]
    [InlineData("byline", "Jan\u001bJansen")]
    public async Task Single_line_fields_reject_line_breaks_and_control_characters(string field, string value)
    {
        var article = Valid();
        article[field] = value;

        Assert.Contains("single line", await RejectedAsync(article, field));
    }

    [Theory]
    [InlineData("headline", "Kabinet\u2028valt")]
    [InlineData("headline", "Kabinet \u202Eslav tenibaK")]
    [InlineData("source", "ANP\u2066")]
    public async Task Single_line_fields_reject_Unicode_line_separators_and_bidirectional_overrides(string field, string value)
    {
        var article = Valid();
        article[field] = value;

        Assert.Contains("single line", await RejectedAsync(article, field));
    }

    [Theory]
    [InlineData("headline", "\u200B")]
    [InlineData("source", "\u00A0\u200D")]
    [InlineData("body", "\u2028\u2029\uFEFF")]
    public async Task Required_text_must_contain_something_visible(string field, string value)
    {
        var article = Valid();
        article[field] = value;

        Assert.Contains("visible text", await RejectedAsync(article, field));
    }

    [Fact]
    public async Task Lengths_count_characters_not_UTF16_units()
    {
        var atLimit = Valid();
        atLimit["source"] = string.Concat(Enumerable.Repeat("🗞", 64));
        Assert.Equal(HttpStatusCode.Created, (await editor.PostArticleAsync(atLimit)).StatusCode);

        var overLimit = Valid();
        overLimit["source"] = string.Concat(Enumerable.Repeat("🗞", 65));
        Assert.Contains("it has 65", await RejectedAsync(overLimit, "source"));
    }

    [Theory]
    [InlineData("body", "Eerste alinea.\u0000Tweede.")]
    [InlineData("summary", "Samenvatting\u0008")]
    public async Task Bodies_keep_line_breaks_but_reject_other_control_characters_such_as_NUL(string field, string value)
    {
        var article = Valid();
        article[field] = value;

        Assert.Contains("control characters", await RejectedAsync(article, field));
    }

    [Fact]
    public async Task Bodies_may_contain_line_breaks_tabs_and_any_script()
    {
        var article = Valid();
        article["body"] = "Eerste alinea.\n\n\tTweede alinea: Oekraïne, Київ, 東京, 🗞️.";

        var created = await editor.CreateArticleAsync(article);

        Assert.Equal("Eerste alinea.\n\n\tTweede alinea: Oekraïne, Київ, 東京, 🗞️.", created.Body);
    }

    [Theory]
    [InlineData("dutch")]
    [InlineData("n")]
    [InlineData("xx")]
    [InlineData("nl-NL")]
    public async Task Language_must_be_an_ISO_639_1_code(string language)
    {
        var article = Valid();
        article["language"] = language;

        Assert.Contains("ISO 639-1", await RejectedAsync(article, "language"));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://example.com/file")]
    [InlineData("javascript:alert(1)")]
    public async Task Url_must_be_an_absolute_http_or_https_address(string url)
    {
        var article = Valid();
        article["url"] = url;

        Assert.Contains("http", await RejectedAsync(article, "url"));
    }

    [Fact]
    public async Task Url_may_be_at_most_2048_characters()
    {
        var article = Valid();
        article["url"] = "https://example.com/" + new string('a', 2_048 - 20 + 1);

        Assert.Contains("2048", await RejectedAsync(article, "url"));
    }

    [Theory]
    [InlineData("2025-03-20T10:15:00")]
    [InlineData("2025-03-20")]
    [InlineData("20 maart 2025")]
    [InlineData("2025-02-30T10:15:00Z")]
    [InlineData("2025-03-20T25:15:00Z")]
    public async Task PublishedAt_must_be_an_RFC_3339_date_time_with_an_offset(string publishedAt)
    {
        var article = Valid(publishedAt: publishedAt);

        Assert.Contains("UTC offset", await RejectedAsync(article, "publishedAt"));
    }

    [Fact]
    public async Task PublishedAt_may_be_up_to_24_hours_ahead_but_not_more()
    {
        var soon = Valid(publishedAt: DateTimeOffset.UtcNow.AddHours(23).ToString("yyyy-MM-ddTHH:mm:ssZ"));
        Assert.Equal(HttpStatusCode.Created, (await editor.PostArticleAsync(soon)).StatusCode);

        var tooLate = Valid(publishedAt: DateTimeOffset.UtcNow.AddHours(25).ToString("yyyy-MM-ddTHH:mm:ssZ"));
        Assert.Contains("24 hours", await RejectedAsync(tooLate, "publishedAt"));
    }

    [Fact]
    public async Task A_leap_second_is_accepted_as_the_last_microsecond_before_the_next_minute()
    {
        var created = await editor.CreateArticleAsync(Valid(publishedAt: "2016-12-31T23:59:60Z"));

        Assert.Equal(new DateTimeOffset(2016, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_990), created.PublishedAt);
    }

    [Fact]
    public async Task PublishedAt_before_1800_is_rejected()
    {
        var article = Valid(publishedAt: "0001-01-01T00:00:00Z");

        Assert.Contains("1800", await RejectedAsync(article, "publishedAt"));
    }

    [Fact]
    public async Task At_most_200_entities()
    {
        var article = Valid();
        article["entities"] = new JsonArray(Enumerable.Range(0, 201).Select(i => (JsonNode)Entity($"Naam {i}", "person")).ToArray());

        Assert.Contains("200", await RejectedAsync(article, "entities"));
    }

    [Theory]
    [InlineData("""{"name": "", "type": "person"}""", "entities[0].name", "must not be empty")]
    [InlineData("""{"type": "person"}""", "entities[0].name", "must not be empty")]
    [InlineData("""{"name": "Rutte\nMark", "type": "person"}""", "entities[0].name", "single line")]
    [InlineData("""{"name": "Mark Rutte"}""", "entities[0].type", "must not be empty")]
    [InlineData("""{"name": "Mark Rutte", "type": "persoon"}""", "entities[0].type", "person, organization, location, other")]
    [InlineData("""{"name": "Mark Rutte", "type": 0}""", "entities[0].type", "person, organization, location, other")]
    [InlineData("""{"name": "Mark Rutte", "type": "person", "role": "premier"}""", "entities[0].role", "Unknown property 'role'")]
    [InlineData("null", "entities[0]", "must not be empty")]
    [InlineData("\"Mark Rutte\"", "entities[0]", "JSON object")]
    public async Task Each_entity_needs_a_name_and_a_known_type(string entity, string field, string message)
    {
        var article = Valid();
        article["entities"] = JsonNode.Parse($"[{entity}]");

        Assert.Contains(message, await RejectedAsync(article, field));
    }

    [Fact]
    public async Task An_entity_name_may_have_200_characters_but_not_201()
    {
        var article = Valid();
        article["entities"] = new JsonArray(Entity(new string('n', 201), "person"));

        Assert.Contains("200", await RejectedAsync(article, "entities[0].name"));
    }

    [Fact]
    public async Task A_misspelt_property_is_an_error_that_suggests_the_right_name()
    {
        var article = Valid();
        article["headLine"] = article["headline"]!.DeepClone();
        article.Remove("headline");

        var response = await editor.PostArticleAsync(article);

        Assert.Contains("Did you mean 'headline'?", await response.ReadFieldErrorAsync("headLine"));
    }

    [Fact]
    public async Task An_unknown_property_is_an_error_listing_the_known_ones()
    {
        var article = Valid();
        article["category"] = "politiek";

        var message = await RejectedAsync(article, "category");

        Assert.Contains("Unknown property 'category'", message);
        Assert.Contains("headline", message);
    }

    [Theory]
    [InlineData("""{"headline": 12}""", "headline", "JSON string")]
    [InlineData("""{"entities": {}}""", "entities", "JSON array")]
    [InlineData("""{"publishedAt": 1742465700}""", "publishedAt", "RFC 3339")]
    [InlineData("""{"headline": "a", "headline": "b"}""", "headline", "more than once")]
    [InlineData("""{"headline": "\ud800"}""", "headline", "not valid Unicode")]
    [InlineData("[]", "body", "JSON object")]
    [InlineData("null", "body", "required")]
    public async Task Values_of_the_wrong_JSON_type_name_their_field(string json, string field, string message)
    {
        var response = await editor.PostAsync("/articles", RawJson(json));

        Assert.Contains(message, await response.ReadFieldErrorAsync(field));
    }

    [Theory]
    [InlineData("""{"headline": }""", 1, 14)]
    [InlineData("{\n  \"headline\": \"a\",\n}", 3, 1)]
    [InlineData("""{"headline": "unterminated""", 1, 27)]
    [InlineData("""{"headline": "a"} trailing""", 1, 19)]
    public async Task Malformed_JSON_answers_400_with_the_position(string json, int line, int position)
    {
        var response = await editor.PostAsync("/articles", RawJson(json));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Malformed JSON", problem.Title);
        Assert.Contains($"line {line}, byte {position}", problem.Detail);
    }

    [Fact]
    public async Task Invalid_UTF8_in_a_string_answers_400_naming_the_field()
    {
        var bytes = "{\"headline\": \"caf\u00e9 \"}"u8.ToArray();
        bytes[17] = 0xFF;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var response = await editor.PostAsync("/articles", content);

        Assert.Contains("not valid Unicode", await response.ReadFieldErrorAsync("headline"));
    }

    [Fact]
    public async Task Invalid_UTF8_outside_a_string_answers_400_with_its_position()
    {
        var bytes = "{\"headline\": 1}"u8.ToArray();
        bytes[13] = 0xFF;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var problem = await (await editor.PostAsync("/articles", content)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Malformed JSON", problem.Title);
        Assert.Contains("byte 14", problem.Detail);
    }

    [Fact]
    public async Task Deeply_nested_JSON_is_refused_where_it_stops_fitting_the_schema()
    {
        var json = "{\"entities\": " + new string('[', 5_000) + new string(']', 5_000) + "}";

        var response = await editor.PostAsync("/articles", RawJson(json));

        Assert.Contains("JSON object", await response.ReadFieldErrorAsync("entities[0]"));
    }

    [Fact]
    public async Task A_missing_body_answers_400()
    {
        var response = await editor.PostAsync("/articles", new StringContent("", Encoding.UTF8, "application/json"));

        Assert.Contains("required", await response.ReadFieldErrorAsync("body"));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/merge-patch+json")]
    [InlineData("application/problem+json")]
    [InlineData("application/vnd.example+json")]
    [InlineData("application/json; charset=latin1")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=")]
    [InlineData("")]
    public async Task A_body_that_is_not_UTF8_JSON_answers_415_on_create_and_replace(string contentType)
    {
        var existing = await editor.CreateArticleAsync(Valid());
        // POST takes text/plain as wire text (Formats/WireText); PUT does not.
        foreach (var method in contentType == "text/plain" ? [HttpMethod.Put] : new[] { HttpMethod.Post, HttpMethod.Put })
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Valid().ToJsonString()));
            if (contentType != "") content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            var path = method == HttpMethod.Post ? "/articles" : $"/articles/{existing.Id}";
            var before = await CountRowsAsync();

            var response = await editor.SendAsync(new HttpRequestMessage(method, path) { Content = content });

            var problem = await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
            Assert.Contains("application/json", problem.Detail);
            Assert.Equal(before, await CountRowsAsync());
        }
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=\"UTF-8\"")]
    [InlineData("Application/JSON")]
    public async Task JSON_in_UTF8_is_accepted_however_the_header_spells_it(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Valid().ToJsonString()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsync("/articles", content)).StatusCode);
    }

    [Fact]
    public async Task A_body_over_1_MiB_answers_413_on_create_and_replace()
    {
        var existing = await editor.CreateArticleAsync(Valid());
        var article = Valid();
        article["body"] = new string('x', 1024 * 1024);

        foreach (var (method, path) in new[] { (HttpMethod.Post, "/articles"), (HttpMethod.Put, $"/articles/{existing.Id}") })
        {
            // With Expect: 100-continue the client waits for the verdict before sending the body, as
            // large uploads should; without it the server's early 413 may race the client's upload.
            var request = new HttpRequestMessage(method, path) { Content = JsonContent(article) };
            request.Headers.ExpectContinue = true;

            var problem = await (await editor.SendAsync(request)).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);

            Assert.Contains("1 MiB", problem.Detail);
        }
    }

    [Fact]
    public async Task A_chunked_body_over_1_MiB_answers_413_too()
    {
        var article = Valid();
        article["body"] = new string('x', 1024 * 1024);
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(article.ToJsonString())));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await editor.SendAsync(request);

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Every_problem_in_a_body_is_reported_at_once()
    {
        var article = Valid();
        article["headline"] = "";
        article["language"] = "dutch";
        article["url"] = "ftp://x";

        var problem = await (await editor.PostArticleAsync(article)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["headline", "language", "url"], problem.Errors!.Keys.Order());
    }
}
