using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ArticleApi.Tests.Infrastructure;
using CsCheck;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace ArticleApi.Tests.Faults;

/// <summary>
/// Thousands of generated requests at every endpoint the API maps: malformed and hostile bodies, query
/// strings and headers (SQL metacharacters, huge numbers, invalid UTF-8, NUL bytes, deep nesting). Every
/// answer must be a 2xx, 3xx or 4xx, every error a problem document, and a refused request must leave
/// the database as it was.
/// </summary>
public sealed partial class BadInputFuzzTests(ArticleApiFactory api, ITestOutputHelper output) : IClassFixture<ArticleApiFactory>
{
    private const int Requests = 4000;

    /// <summary>After this long no more requests are sent, once at least <see cref="AtLeast"/> were (a slow machine sends fewer, never too few).</summary>
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(30);
    private const int AtLeast = 1000;

    [GeneratedRegex(@"\{(?<name>[^}:?*=]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [Fact]
    public async Task Generated_malformed_requests_never_get_a_500_and_refused_ones_change_nothing()
    {
        var seed = await SeedAsync();
        var operations = await OperationsAsync();
        // Header values go out as the bytes generated (Latin-1), not refused by HttpClient as non-ASCII.
        using var client = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.Latin1, AllowAutoRedirect = false })
        {
            BaseAddress = api.Anonymous().BaseAddress,
        };
        var editorToken = ArticleApiFactory.Token("fuzz-editor", "editor");
        var readerToken = ArticleApiFactory.Token("fuzz-reader", null);
        var digest = await DigestAsync();
        var sent = new Dictionary<string, int>();
        var answered = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        var total = 0;

        await Generator(operations, seed).SampleAsync(async request =>
        {
            if (clock.Elapsed > TimeBudget && Volatile.Read(ref total) >= AtLeast) return;
            Interlocked.Increment(ref total);
            using var message = request.ToMessage(client.BaseAddress!, editorToken, readerToken);
            using var response = await client.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            sent[request.Operation] = sent.GetValueOrDefault(request.Operation) + 1;
            answered[(int)response.StatusCode] = answered.GetValueOrDefault((int)response.StatusCode) + 1;

            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {request}: {body}");
            if ((int)response.StatusCode >= 400 && request.Method != "HEAD")
            {
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json" || RefusedByKestrel(response, body),
                    $"{(int)response.StatusCode} without a problem document for {request}: {body}");
                Assert.DoesNotContain("   at ", body);
                var now = await DigestAsync();
                Assert.True(now == digest, $"Refused with {(int)response.StatusCode}, yet the database changed, for {request}");
            }
            else if (request.Method is not ("GET" or "HEAD"))
            {
                digest = await DigestAsync();
            }
        }, iter: Requests, threads: 1, print: r => r.ToString());

        output.WriteLine($"{total} requests in {clock.Elapsed}: {string.Join(", ", sent.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}");
        output.WriteLine($"answers: {string.Join(", ", answered.Select(a => $"{a.Key}: {a.Value}"))}");
        var missed = operations.Select(o => o.Name).Where(name => sent.GetValueOrDefault(name) < total / operations.Count / 4).ToList();
        Assert.True(missed.Count == 0, $"Barely exercised: {string.Join(", ", missed)} ({string.Join(", ", sent.Select(s => $"{s.Key}: {s.Value}"))})");
    }

    /// <summary>
    /// Kestrel refuses what it cannot parse as HTTP (a NUL in the path, say) before the API sees the
    /// request: a 4xx with no body that closes the connection. The API has no say in that answer.
    /// </summary>
    private static bool RefusedByKestrel(HttpResponseMessage response, string body) =>
        (int)response.StatusCode is >= 400 and < 500 && body.Length == 0 && response.Headers.ConnectionClose == true;

    /// <summary>Real ids, keys and versions for the generator to use, so requests reach the code behind the lookups.</summary>
    private async Task<Seed> SeedAsync()
    {
        var editor = api.AsEditor();
        var kept = await editor.CreateArticleAsync(Infrastructure.Articles.Sample(Infrastructure.Articles.UniqueSource("FUZZ")));
        var deleted = await editor.CreateArticleAsync(Infrastructure.Articles.Valid());
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/articles/{deleted.Id}")).StatusCode);
        return new Seed(kept.Id, deleted.Id, kept.Source, kept.ExternalId!, kept.Entities.Select(e => e.Key).ToArray());
    }

    /// <summary>
    /// Every endpoint the API maps (from its endpoint data source, so a new one is fuzzed without a change
    /// here), with the query parameters its OpenAPI operation documents.
    /// </summary>
    private async Task<List<Operation>> OperationsAsync()
    {
        var document = JsonNode.Parse(await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = new List<Operation>();
        foreach (var endpoint in api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                var documented = document["paths"]?[RouteParameter().Replace(route, m => $"{{{m.Groups["name"].Value}}}")]?[method.ToLowerInvariant()];
                var query = documented?["parameters"]?.AsArray().Where(p => (string?)p!["in"] == "query").Select(p => (string)p!["name"]!).ToArray() ?? [];
                operations.Add(new Operation($"{method} {route}", method, route, query, method is "POST" or "PUT"));
            }
        }
        Assert.Contains(operations, o => o.Name == "PUT /articles/by-source/{source}/{externalId}");
        Assert.Contains(operations, o => o.Name == "GET /articles/{id}/revisions/{version}");
        return operations;
    }

    private static Gen<FuzzRequest> Generator(List<Operation> operations, Seed seed)
    {
        var hostile = Hostile(seed);
        var value = Gen.Frequency<byte[]>((3, hostile), (2, Plausible(seed)));
        var queryName = Gen.Frequency<byte[]>((6, Gen.OneOf(operations.SelectMany(o => o.Query).Distinct().ToArray()).Select(name => Encoding.UTF8.GetBytes(name))), (1, hostile));
        var query = Gen.Select(queryName, value).Array[0, 6]
            .Select(pairs => string.Join("&", pairs.Select(p => $"{Encode(p.Item1)}={Encode(p.Item2)}")));
        var headerName = Gen.Frequency<string>(
                (3, Gen.OneOf("If-Match", "If-None-Match", "Idempotency-Key", "Accept", "Accept-Language", "X-Forwarded-For", "Range", "Cookie")),
                (1, Gen.String[Gen.Char.AlphaNumeric, 1, 20]));
        var headers = Gen.Select(headerName, HeaderValue(hostile), (name, v) => (Name: name, Value: v)).Array[0, 3];
        var method = Gen.Frequency<string?>((12, Gen.Const((string?)null)), (1, Gen.OneOf<string?>("PATCH", "DELETE", "HEAD", "OPTIONS", "POST")));
        var target = Gen.Select(Gen.OneOf(operations.ToArray()), method, Gen.Int[0, int.MaxValue], query);
        var content = Gen.Select(Body(seed, hostile), ContentType());
        var credentials = Gen.Select(Gen.OneOf("none", "editor", "editor", "editor", "reader", "garbage"), headers);
        return Gen.Select(target, content, credentials, (t, c, a) =>
            {
                var (operation, otherMethod, routeSeed, q) = t;
                var (body, contentType) = c;
                var (auth, extraHeaders) = a;
                var random = new Random(routeSeed);
                var path = RouteParameter().Replace(operation.Route, m => Encode(RouteValue(m.Groups["name"].Value, seed, random)));
                var verb = otherMethod ?? operation.Method;
                var sendsBody = operation.TakesBody && verb is "POST" or "PUT" || random.Next(10) == 0;
                return new FuzzRequest(operation.Name, verb, q.Length == 0 ? path : $"{path}?{q}", sendsBody ? body : null, contentType, auth, extraHeaders);
            });
    }

    /// <summary>Values a client might send by mistake or by malice, as bytes (most are text; some are not UTF-8).</summary>
    private static Gen<byte[]> Hostile(Seed seed) => Gen.Frequency<byte[]>(
        (4, Gen.OneOf(
            "' OR '1'='1", "'; DROP TABLE articles; --", "\" OR 1=1 --", "1; SELECT pg_sleep(10)", "%", "_", "\\", "$$", "$1", "::text",
            "/*", "*/", "' || (SELECT version()) || '", "E'\\x00'", "NULL", "null", "undefined", "true", "[]", "{}",
            "0", "-1", "-0", "1e309", "NaN", "Infinity", "99999999999999999999999999", "2147483648", "-9223372036854775809",
            "9223372036854775807", "0x7fffffff", "1.5", "١٢٣", "2025-13-45", "0000-00-00", "9999-12-31T23:59:59+14:00",
            "2025-03-20T10:15:00+25:00", "-infinity", "epoch", "Europe/Nowhere", "../../etc/passwd", "person:", ":", "a:b:c",
            "\u202Eevil", "\u200B", "\uFEFF", "Ω≈ç√∫˜µ≤≥÷", "😀😃😄", "ﬁ", "İ", "ß", "\t", " ", "", new string('a', 5000),
            new string('\'', 300), "%00", "%", "%ZZ", "+", "&", "=", "#", "?", "/", "\r\n", "\u0000", "a\u0000b",
            "AQAAAZW0qDxe", "AAAA", "////", "\"*\"", "W/\"x\"", "*").Select(s => Encoding.UTF8.GetBytes(s))),
        (2, Gen.OneOf<byte[]>([0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x61, 0x00, 0x62], [0xE2, 0x82], [0x80], [0xFE, 0xFF])),
        (2, Gen.Byte.Array[0, 40]),
        (2, Gen.String[Gen.Char, 0, 30].Select(s => Encoding.UTF8.GetBytes(s))),
        (1, Gen.Long.Select(n => Encoding.UTF8.GetBytes(n.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        (1, Gen.Const(Encoding.UTF8.GetBytes(seed.Source))));

    private static Gen<byte[]> Plausible(Seed seed) => Gen.OneOf(
        "anp", seed.Source, "nl", "en", "newest", "oldest", "relevance", "all", "any", "person", "location", "organization", "other",
        "auto", "none", "exact", "2025-03-01", "2025-03-20T10:15:00Z", "2025-03-20T10:15:00+01:00", "Europe/Amsterdam", "UTC",
        "1", "2", "20", "100", "1000", "id,headline", "headline,body,snippet", "zel", "Keir Starmer", "oekraine", "Londen",
        "vredesmissie", "\"vredesmissie oekraine\"", "-rusland or kyiv", seed.Entities[0]).Select(s => Encoding.UTF8.GetBytes(s));

    private static string RouteValue(string name, Seed seed, Random random) => random.Next(3) switch
    {
        0 => name switch
        {
            "id" => (random.Next(2) == 0 ? seed.Article : seed.Deleted).ToString(),
            "key" => seed.Entities[random.Next(seed.Entities.Length)],
            "source" => seed.Source,
            "externalId" => seed.ExternalId,
            "version" => random.Next(-1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "x",
        },
        1 => Guid.NewGuid().ToString(),
        _ => Encoding.Latin1.GetString(
            [.. Enumerable.Range(0, random.Next(1, 30)).Select(_ => (byte)random.Next(random.Next(2) == 0 ? 128 : 256))]),
    };

    private static Gen<byte[]> HeaderValue(Gen<byte[]> hostile) => hostile.Select(bytes =>
        // What HttpClient will put on the wire: Latin-1, no line breaks (it refuses those itself).
        bytes.Where(b => b is not (0x0A or 0x0D or 0x00)).ToArray());

    private static Gen<string?> ContentType() => Gen.Frequency<string?>(
        (8, Gen.Const((string?)"application/json")),
        (1, Gen.OneOf<string?>(null, "application/json; charset=utf-8", "application/json; charset=latin1", "application/json; charset=\"x\"",
            "text/plain", "application/problem+json", "application/merge-patch+json", "application/json;;;", "application/*", "*/*",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "\u00e9/\u00e9", "application/json; charset=utf-16",
            "application/ninjs+json", "application/ninjs+json; charset=utf-8")));

    /// <summary>Bodies: a valid article or entity correction with one field made hostile or left out, nested too deep, cut short, or no JSON at all.</summary>
    private static Gen<byte[]> Body(Seed seed, Gen<byte[]> hostile)
    {
        var json = Gen.OneOf<byte[]>(
            Gen.OneOf("\"x\"", "null", "true", "-0", "1e999999", "123456789012345678901234567890", "-9223372036854775809", "[]", "{}",
                "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"a\\u0000b\"", "\"2025-03-20T10:15:00\"", "\"\u202e\"", "[{\"name\":null}]",
                "[{\"name\":\"x\",\"type\":\"nope\"}]", "{\"$ref\":\"#\"}", "\"" + new string('x', 210_000) + "\"", $"\"{seed.Entities[0]}\"")
                .Select(text => Encoding.UTF8.GetBytes(text)),
            // Raw bytes inside a JSON string: NUL, control characters and invalid UTF-8 as sent, not escaped.
            hostile.Select(bytes => (byte[])[(byte)'"', .. bytes.Where(b => b is not ((byte)'"' or (byte)'\\')), (byte)'"']),
            Gen.Int[1, 3000].Select(depth => Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth))),
            Gen.Int[1, 3000].Select(depth => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth))));
        var field = Gen.OneOf("source", "externalId", "headline", "summary", "body", "dateline", "language", "byline", "url",
            "publishedAt", "entities", "name", "type", "mergeInto", "version", "id", "headLine", "", "\u0000");
        var shape = Gen.Select(Gen.OneOf("article", "entity", "merge"), field, Gen.Int[0, 3], (s, f, how) => (Shape: s, Field: f, Remove: how == 0));
        var mutated = Gen.Select(shape, json, (how, value) =>
        {
            var body = how.Shape switch
            {
                "article" => Infrastructure.Articles.Valid(Infrastructure.Articles.UniqueSource("FZ")),
                "entity" => new JsonObject { ["name"] = "Keir Starmer", ["type"] = "person" },
                _ => new JsonObject { ["mergeInto"] = seed.Entities[0] },
            };
            if (how.Remove)
            {
                body.Remove(how.Field);
                return Encoding.UTF8.GetBytes(body.ToJsonString());
            }
            // The field's value (added when the body has no such field) becomes the generated bytes.
            body[how.Field] = Placeholder;
            var text = body.ToJsonString().Split($"\"{Placeholder}\"");
            return (byte[])[.. Encoding.UTF8.GetBytes(text[0]), .. value, .. Encoding.UTF8.GetBytes(text[1])];
        });
        return Gen.Frequency<byte[]>(
            (5, mutated),
            (1, Gen.Select(mutated, Gen.Int[0, 100], (bytes, cut) => bytes[..(bytes.Length * cut / 100)])),
            (1, Gen.Byte.Array[0, 200]),
            (1, hostile),
            (1, Gen.OneOf<byte[]>([], [0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}'], [(byte)'{', 0xFF, (byte)'}'], [(byte)'"', 0x00, (byte)'"'],
                Encoding.UTF8.GetBytes("{\"headline\":\"a\",\"headline\":\"b\"}"), Encoding.Unicode.GetBytes("{}"))));
    }

    private const string Placeholder = "__fuzz__";

    /// <summary>Characters outside the unreserved set as %XX of their bytes, so NUL and invalid UTF-8 reach the server as sent.</summary>
    private static string Encode(string value) => Encode(Encoding.Latin1.GetBytes(value));

    private static string Encode(byte[] bytes)
    {
        var encoded = new StringBuilder();
        foreach (var b in bytes)
            encoded.Append(b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~'
                ? (char)b : $"%{b:X2}");
        return encoded.ToString();
    }

    /// <summary>
    /// Every table's rows as an md5, but for idempotency_keys, which keeps refusals on purpose (a repeat
    /// of a refused request is refused alike); a sequence a rolled-back insert advanced is not content.
    /// </summary>
    private async Task<string> DigestAsync()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT quote_ident(table_name) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'idempotency_keys' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var sql = string.Join(" || ", tables.Select(t => $"(SELECT coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '-') FROM {t} t)"));
        await using var digest = new NpgsqlCommand($"SELECT {sql}", connection);
        return (string)(await digest.ExecuteScalarAsync())!;
    }

    private sealed record Seed(Guid Article, Guid Deleted, string Source, string ExternalId, string[] Entities);

    private sealed record Operation(string Name, string Method, string Route, string[] Query, bool TakesBody);

    private sealed record FuzzRequest(
        string Operation, string Method, string PathAndQuery, byte[]? Body, string? ContentType, string Auth, (string Name, byte[] Value)[] Headers)
    {
        public HttpRequestMessage ToMessage(Uri server, string editorToken, string readerToken)
        {
            var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(server, PathAndQuery));
            if (Body is not null)
            {
                message.Content = new ByteArrayContent(Body);
                if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
            var token = Auth switch { "editor" => editorToken, "reader" => readerToken, "garbage" => "x.y.z", _ => null };
            if (token is not null) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            foreach (var (name, value) in Headers)
                message.Headers.TryAddWithoutValidation(name, Encoding.Latin1.GetString(value));
            return message;
        }

        public override string ToString() =>
            $"{Method} {PathAndQuery} ({Operation}; auth {Auth}; Content-Type {ContentType ?? "none"}; "
            + $"headers {string.Join(", ", Headers.Select(h => $"{h.Name}: {Convert.ToHexString(h.Value)}"))}; "
            + $"body {(Body is null ? "none" : Body.Length > 300 ? $"{Body.Length} bytes: {Convert.ToHexString(Body[..300])}…" : Encoding.Latin1.GetString(Body))})";
    }
}
