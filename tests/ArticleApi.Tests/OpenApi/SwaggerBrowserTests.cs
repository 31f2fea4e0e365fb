using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Common.Limits;
using ArticleApi.Tests.Infrastructure;
using Microsoft.Playwright;
using static ArticleApi.Tests.Infrastructure.Articles;
using static Microsoft.Playwright.Assertions;

namespace ArticleApi.Tests.OpenApi;

/// <summary>
/// A developer's first visit, in a real headless Chromium (Debian's, which ./dev.sh test installs): find
/// articles through Swagger UI, then authorise as an editor and post one. Without the browser this fails.
/// </summary>
public sealed class SwaggerBrowserTests(SwaggerBrowserTests.ShippedLimitsApi api) : IClassFixture<SwaggerBrowserTests.ShippedLimitsApi>, IAsyncLifetime
{
    /// <summary>The request budgets the API ships with, so the page (and docs/swagger.png) shows what a developer sees.</summary>
    public sealed class ShippedLimitsApi : ArticleApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings =>
        [
            ("Limits:ReadsPerMinute", new LimitOptions().ReadsPerMinute.ToString(CultureInfo.InvariantCulture)),
            ("Limits:WritesPerMinute", new LimitOptions().WritesPerMinute.ToString(CultureInfo.InvariantCulture)),
        ];
    }

    /// <summary>Where each run leaves its screenshot; docs/swagger.png is a copy of one.</summary>
    public static readonly string ScreenshotPath = Path.Combine(AppContext.BaseDirectory, "swagger.png");

    private const string Chromium = "/usr/bin/chromium";
    // Generous: the suite runs test classes in parallel on two cores, and Chromium competes with them.
    private const float Timeout = 60_000;

    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: ./dev.sh test installs Debian's chromium package");
        SetDefaultExpectTimeout(Timeout);
        playwright = await Playwright.CreateAsync();
        // ChromiumSandbox = false adds --no-sandbox, which Chromium needs when the tests run as root (CI).
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, ChromiumSandbox = false, Timeout = Timeout });
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    [Fact]
    public async Task A_developer_finds_the_sample_and_posts_an_article_through_Swagger_UI()
    {
        var source = UniqueSource("SWAGGER");
        await api.AsEditor().CreateArticleAsync(Sample(source));
        var page = await OpenSwaggerAsync();

        // GET /articles?source=…: the live response is a 200 carrying the sample's headline.
        var list = await ExpandAsync(page, "ListArticles");
        var sourceParameter = list.Locator("tr[data-param-name='source']");
        await sourceParameter.GetByRole(AriaRole.Button, new() { Name = "Add string item" }).ClickAsync();
        await sourceParameter.Locator("input").FillAsync(source);
        var listed = await ExecuteAsync(list, "200");
        await Expect(listed).ToContainTextAsync("Voorbereiding vredesmissie Oekraïne gaat volgende fase in");
        await Expect(listed).ToContainTextAsync(source);
        await ScreenshotDownToAsync(page, list.Locator(".live-responses-table"));

        // Authorize with an editor's token, then POST /articles: a 201, and the article is stored as that editor's.
        await page.GetByRole(AriaRole.Button, new() { Name = "Authorize", Exact = true }).ClickAsync();
        var dialog = page.Locator(".modal-ux");
        await dialog.Locator("#auth-bearer-value").FillAsync(ArticleApiFactory.Token("swagger-editor", "editor"));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Apply credentials" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Remove authorization" })).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        var article = Valid(UniqueSource("SWAGGER"));
        var create = await ExpandAsync(page, "CreateArticle");
        await create.Locator("textarea.body-param__text").FillAsync(article.ToJsonString());
        var created = await ExecuteAsync(create, "201");
        await Expect(created).ToContainTextAsync((string)article["externalId"]!);

        var stored = await api.Anonymous().GetAsync($"/articles?source={article["source"]}");
        var items = (await stored.ReadAsync<ListPage<ArticleSummaryResponse>>()).Items;
        Assert.Equal((string)article["headline"]!, Assert.Single(items).Headline);
        var full = await (await api.Anonymous().GetAsync($"/articles/{items[0].Id}")).ReadAsync<ArticleResponse>();
        Assert.Equal("swagger-editor", full.CreatedBy);
    }

    private async Task<IPage> OpenSwaggerAsync()
    {
        var page = await browser.NewPageAsync(new() { BaseURL = api.Anonymous().BaseAddress!.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(Timeout);
        var response = await page.GotoAsync("/swagger");
        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        await Expect(page.Locator(".swagger-ui .info .title")).ToContainTextAsync("ArticleApi");
        return page;
    }

    /// <summary>The page from its title down to <paramref name="end"/>: the whole page is several screens long.</summary>
    private static async Task ScreenshotDownToAsync(IPage page, ILocator end)
    {
        var box = (await end.BoundingBoxAsync())!;
        var scrolled = await page.EvaluateAsync<float>("window.scrollY");
        await page.ScreenshotAsync(new()
        {
            Path = ScreenshotPath,
            FullPage = true,
            Clip = new() { X = 0, Y = 0, Width = page.ViewportSize!.Width, Height = scrolled + box.Y + box.Height + 24 },
        });
    }

    /// <summary>Opens an operation (by its operationId); Swagger UI is set to start it in "Try it out" mode.</summary>
    private static async Task<ILocator> ExpandAsync(IPage page, string operationId)
    {
        var operation = page.Locator($"#operations-Articles-{operationId}");
        await operation.Locator(".opblock-summary-control").ClickAsync();
        await Expect(operation.Locator(".try-out__btn")).ToHaveTextAsync("Cancel");
        return operation;
    }

    /// <summary>Presses Execute and waits for the live response; returns its body once it shows <paramref name="status"/>.</summary>
    private static async Task<ILocator> ExecuteAsync(ILocator operation, string status)
    {
        await operation.Locator("button.execute").ClickAsync();
        var live = operation.Locator(".live-responses-table");
        await Expect(live.Locator("tr.response .response-col_status")).ToHaveTextAsync(status);
        return live.Locator(".response-col_description .highlight-code");
    }
}
