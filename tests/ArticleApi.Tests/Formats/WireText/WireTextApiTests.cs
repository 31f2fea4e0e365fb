using System.Net;
using System.Text;
using ArticleApi.Articles;
using ArticleApi.Idempotency;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Formats.WireText;

/// <summary>
/// POST /articles with a text/plain body: wire copy goes in as delivered, the rest from the query string; what
/// the copy cannot supply is a 400 naming the parameter; bad bytes are a 4xx problem and store nothing.
/// </summary>
public sealed class WireTextApiTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>
{
    private const string PublishedAt = "2025-03-20T10:15:00%2B01:00";
    private const string SampleHeadline = "Voorbereiding vredesmissie Oekraïne gaat volgende fase in";

    private readonly HttpClient editor = api.AsEditor();

    private static HttpRequestMessage WireText(byte[] body, string query, string contentType = "text/plain; charset=utf-8")
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpRequestMessage(HttpMethod.Post, $"/articles?{query}") { Content = content };
    }

    private Task<HttpResponseMessage> PostAsync(string text, string query) => PostAsync(Encoding.UTF8.GetBytes(text), query);

    private Task<HttpResponseMessage> PostAsync(byte[] body, string query, string contentType = "text/plain; charset=utf-8") =>
        editor.SendAsync(WireText(body, query, contentType));

    private Task<long> CountRowsAsync() =>
        api.ScalarAsync<long>("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM article_entities)");

    /// <summary>Posts, expects a 400 naming <paramref name="field"/> and nothing stored, returns the message.</summary>
    private async Task<string> RejectedAsync(Func<Task<HttpResponseMessage>> send, string field)
    {
        var before = await CountRowsAsync();
        var message = await (await send()).ReadFieldErrorAsync(field);
        Assert.Equal(before, await CountRowsAsync());
        return message;
    }

    [Fact]
    public async Task The_ANP_sample_goes_in_as_delivered_with_source_dateline_language_and_entities_from_the_copy()
    {
        var sample = WireCopy.SampleBytes;
        var externalId = $"anp-{Guid.NewGuid():N}";

        var response = await PostAsync(sample, $"headline={Uri.EscapeDataString(SampleHeadline)}&publishedAt={PublishedAt}&externalId={externalId}");

        var article = await response.ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        Assert.Equal(sample, Encoding.UTF8.GetBytes(article.Body));
        Assert.Equal(("ANP", "LONDEN", "Londen", "nl"), (article.Source, article.Dateline, article.DatelinePlace, article.Language));
        Assert.Equal((SampleHeadline, externalId), (article.Headline, article.ExternalId));
        Assert.Equal(DateTimeOffset.Parse("2025-03-20T09:15:00Z"), article.PublishedAt);
        var names = article.Entities.Select(e => e.Name).ToList();
        Assert.Contains("Keir Starmer", names);
        Assert.Contains(names, n => n.Contains("Zelensky"));
        Assert.Equal($"/articles/{article.Id}", response.Headers.Location?.ToString());
        Assert.Equal($"\"{article.Id:N}-1\"", response.Headers.ETag?.Tag);

        var stored = await (await editor.GetAsync($"/articles/{article.Id}")).ReadAsync<ArticleResponse>();
        Assert.Equal(sample, Encoding.UTF8.GetBytes(stored.Body));
    }

    [Theory]
    [InlineData("en", "Reuters")]
    [InlineData("de", "dpa")]
    [InlineData("fr", "AFP")]
    public async Task Agency_copy_with_a_headline_line_needs_only_publishedAt(string language, string agency)
    {
        var item = language switch { "en" => WireCopy.English, "de" => WireCopy.German, _ => WireCopy.French };

        var article = await (await PostAsync(item, $"publishedAt={PublishedAt}")).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        Assert.Equal((WireCopy.HeadlineOf(item), WireCopy.BodyOf(item)), (article.Headline, article.Body));
        Assert.Equal((language, agency), (article.Language, article.Source));
        Assert.Contains("Keir Starmer", article.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task The_sample_without_a_headline_answers_400_naming_headline()
    {
        var message = await RejectedAsync(() => PostAsync(WireCopy.SampleBytes, $"publishedAt={PublishedAt}"), "headline");

        Assert.Contains("opens with the dateline 'LONDEN (ANP) -'", message);
        Assert.Contains("?headline=", message);
    }

    [Theory]
    [InlineData("Kabinet gevallen\n\nDEN HAAG (ANP) - Rutte weg.", "nl")]
    // Norwegian was stored as English before Danish, Norwegian and Swedish had decoy lists.
    [InlineData("Regjeringen senker skatten\n\nOSLO (NTB) - Regjeringen vil senke skatten for de laveste inntektene fra neste år. Det opplyser finansministeren på en pressekonferanse tirsdag.", "nb")]
    public async Task Copy_whose_language_cannot_be_told_answers_400_naming_language_until_it_is_given(string item, string language)
    {
        var message = await RejectedAsync(() => PostAsync(item, $"publishedAt={PublishedAt}"), "language");
        var given = await (await PostAsync(item, $"publishedAt={PublishedAt}&language={language}")).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        Assert.Contains("?language=", message);
        Assert.Equal(language, given.Language);
    }

    [Fact]
    public async Task An_explicit_language_wins_over_detection()
    {
        var article = await (await PostAsync(WireCopy.German, $"publishedAt={PublishedAt}&language=EN")).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        Assert.Equal("en", article.Language);
    }

    [Fact]
    public async Task A_source_in_the_query_wins_over_the_dateline_which_still_gives_the_place()
    {
        var source = UniqueSource("NOS");

        var article = await (await PostAsync(WireCopy.English, $"publishedAt={PublishedAt}&source={source}")).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        Assert.Equal((source, "LONDON"), (article.Source, article.Dateline));
    }

    [Fact]
    public async Task Byline_summary_url_and_externalId_come_from_the_query()
    {
        var query = $"publishedAt={PublishedAt}&externalId=rtr-{Guid.NewGuid():N}&byline=Andrew%20MacAskill&summary=Military%20chiefs%20meet%20on%20Thursday.&url=https%3A%2F%2Fexample.com%2Fa";

        var article = await (await PostAsync(WireCopy.English, query)).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        Assert.Equal(("Andrew MacAskill", "Military chiefs meet on Thursday.", "https://example.com/a"), (article.Byline, article.Summary, article.Url));
        Assert.StartsWith("rtr-", article.ExternalId);
    }

    [Theory]
    [InlineData("", "publishedAt", "is required")]
    [InlineData("publishedAt=2025-03-20T10:15:00", "publishedAt", "RFC 3339")]
    [InlineData("publishedAt=2025-03-20T10:15:00Z&language=dutch", "language", "ISO 639-1")]
    [InlineData("publishedAt=2025-03-20T10:15:00Z&headline=", "headline", "is empty")]
    [InlineData("publishedAt=2025-03-20T10:15:00Z&source=%20", "source", "is empty")]
    [InlineData("publishedAt=2025-03-20T10:15:00Z&headlne=Kop", "headlne", "Unknown query parameter")]
    [InlineData("publishedAt=2025-03-20T10:15:00Z&byline=Jan%0AJansen", "byline", "single line")]
    [InlineData("publishedAt=2025-03-20T10:15:00Z&headline=Kop%0Aregel", "headline", "single line")]
    [InlineData("publishedAt=2099-01-01T00:00:00Z", "publishedAt", "24 hours in the future")]
    [InlineData("publishedAt=2025-03-20T10:15:00Z&headline=H&headline=I", "headline", "given 2 times; it takes one value")]
    [InlineData("publishedAt=2025-03-20T10:15:00Z&source=ANP&source=dpa", "source", "given 2 times")]
    [InlineData("publishedAt=2025-03-20T10:15:00Z&externalId=a&externalId=b&externalId=c", "externalId", "given 3 times")]
    [InlineData("publishedAt=2025-03-20T10:15:00Z&publishedAt=2025-03-21T10:15:00Z", "publishedAt", "given 2 times")]
    public async Task Query_parameters_are_checked_and_named(string query, string field, string message)
    {
        Assert.Contains(message, await RejectedAsync(() => PostAsync(WireCopy.English, query), field));
    }

    [Fact]
    public async Task Copy_without_an_agency_in_its_dateline_answers_400_naming_source()
    {
        const string item = "Kabinet presenteert woningbouwplannen\n\nAMSTERDAM - Het kabinet wil tot 2030 jaarlijks 100.000 woningen laten bouwen, zo heeft de minister dinsdag gezegd.";

        Assert.Contains("?source=", await RejectedAsync(() => PostAsync(item, $"publishedAt={PublishedAt}"), "source"));
    }

    public static TheoryData<byte[], string> MalformedBodies => new()
    {
        { [], "empty" },
        { " \r\n\t\n"u8.ToArray(), "empty" },
        { "Kop\n\nDEN HAAG (ANP) - Het\0kabinet valt."u8.ToArray(), "NUL character" },
        { [.. "Kop\n\nDEN HAAG (ANP) - Oekra"u8, 0xEF, .. "ne"u8], "not valid UTF-8 (byte 28, line 3)" },
        { Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(WireCopy.English)).ToArray(), "UTF-16 byte order mark" },
        { Encoding.Unicode.GetBytes(WireCopy.English), "NUL character" },
    };

    [Theory, MemberData(nameof(MalformedBodies))]
    public async Task Malformed_bodies_answer_400_naming_body_and_store_nothing(byte[] body, string message)
    {
        Assert.Contains(message, await RejectedAsync(() => PostAsync(body, $"publishedAt={PublishedAt}&language=nl&source=ANP&headline=Kop"), "body"));
    }

    [Theory]
    [InlineData("text/plain; charset=iso-8859-1")]
    [InlineData("text/plain; charset=utf-16")]
    [InlineData("text/plain; charset=windows-1252")]
    public async Task Another_charset_answers_415_and_stores_nothing(string contentType)
    {
        var before = await CountRowsAsync();

        var response = await PostAsync(Encoding.Latin1.GetBytes(WireCopy.German), $"publishedAt={PublishedAt}", contentType);

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("text/plain or application/ninjs+json in UTF-8", problem.Detail);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/xml")]
    [InlineData("text/html; charset=utf-8")]
    public async Task A_body_of_no_or_another_type_answers_415_naming_every_type_POST_takes(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(WireCopy.English));
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await editor.PostAsync($"/articles?publishedAt={PublishedAt}", content);

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.StartsWith("Send the request body as application/json, text/plain or application/ninjs+json in UTF-8", problem.Detail);
    }

    [Fact]
    public async Task Copy_over_200000_characters_answers_400_and_over_1_MiB_413()
    {
        var longCopy = Encoding.UTF8.GetBytes(WireCopy.English + "\n\n" + new string('x', 200_000));
        var hugeCopy = Encoding.UTF8.GetBytes(WireCopy.English + "\n\n" + new string('x', 1024 * 1024));
        var before = await CountRowsAsync();

        var tooLong = await PostAsync(longCopy, $"publishedAt={PublishedAt}");
        var huge = WireText(hugeCopy, $"publishedAt={PublishedAt}");
        huge.Headers.ExpectContinue = true; // the client waits for the verdict before uploading, as large uploads should
        var tooLarge = await editor.SendAsync(huge);

        Assert.Contains("200000", await tooLong.ReadFieldErrorAsync("body"));
        Assert.Equal("The request body exceeds the limit of 1 MiB.", (await tooLarge.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Detail);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Readers_get_401_and_nothing_is_stored()
    {
        var before = await CountRowsAsync();

        var response = await api.Anonymous().SendAsync(WireText(Encoding.UTF8.GetBytes(WireCopy.English), $"publishedAt={PublishedAt}"));

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_second_item_with_the_same_source_and_externalId_answers_409()
    {
        var query = $"publishedAt={PublishedAt}&source={UniqueSource()}&externalId=item-1";
        var first = await (await PostAsync(WireCopy.English, query)).ReadAsync<ArticleResponse>(HttpStatusCode.Created);

        var second = await (await PostAsync(WireCopy.German, query)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(first.Id, second.ExistingArticleId);
    }

    [Fact]
    public async Task An_Idempotency_Key_makes_a_retry_answer_the_first_response_again()
    {
        var key = Guid.NewGuid().ToString();
        var query = $"publishedAt={PublishedAt}&source={UniqueSource()}";
        HttpRequestMessage Request()
        {
            var request = WireText(Encoding.UTF8.GetBytes(WireCopy.French), query);
            request.Headers.Add(IdempotencyMiddleware.HeaderName, key);
            return request;
        }

        var first = await editor.SendAsync(Request());
        var second = await editor.SendAsync(Request());

        var created = await first.ReadAsync<ArticleResponse>(HttpStatusCode.Created);
        Assert.Equal(created.Id, (await second.ReadAsync<ArticleResponse>(HttpStatusCode.Created)).Id);
        Assert.Equal("true", second.Headers.GetValues(IdempotencyMiddleware.ReplayedHeaderName).Single());
        Assert.Equal(1, await api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE id = '{created.Id}'"));
    }

    [Fact]
    public async Task A_JSON_body_with_a_wire_text_parameter_is_told_the_parameter_is_for_text_plain()
    {
        var withHeadline = await editor.PostAsync($"/articles?headline=Kop&publishedAt={PublishedAt}", JsonContent(Valid()));
        var withoutHeadline = await editor.PostAsync("/articles?headline=Kop", RawJson("{}"));

        var message = await withHeadline.ReadFieldErrorAsync("headline");
        Assert.Contains("only for text/plain bodies", message);
        Assert.Contains("application/json", message);
        Assert.Contains("only for text/plain bodies", await withHeadline.ReadFieldErrorAsync("publishedAt"));
        // The body's own missing headline is reported beside it, not instead of it.
        var both = await withoutHeadline.ReadFieldErrorAsync("headline");
        Assert.Contains("only for text/plain bodies", both);
        Assert.Contains("must not be empty", both);
    }
}
