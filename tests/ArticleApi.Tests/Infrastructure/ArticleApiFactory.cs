using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace ArticleApi.Tests.Infrastructure;

/// <summary>
/// The real API on Kestrel (127.0.0.1, a free port) over its own PostgreSQL database. Clients get real
/// bearer tokens signed with a key only the tests know.
/// </summary>
public class ArticleApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Issuer = "articleapi-tests";
    public const string Audience = "articleapi-tests";
    private static readonly byte[] SigningKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    public string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        UseServer();
        StartServer();
    }

    /// <summary>Kestrel on a free port of 127.0.0.1, whatever the app's own addresses say.</summary>
    protected virtual void UseServer() => UseKestrel(0);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DropDatabaseAsync(ConnectionString);
    }

    /// <summary>This class's database; by default a clone of the migrated template on the suite's server.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => TestDatabases.CreateAsync();

    protected virtual Task DropDatabaseAsync(string connectionString) => TestDatabases.DropAsync(connectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Articles", ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Authentication:Schemes:Bearer:ValidIssuer", Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:ValidAudiences:0", Audience);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Value", Convert.ToBase64String(SigningKey));
        // The suite sends many requests a second from one address and one editor; LimitsTests tests the budgets.
        builder.UseSetting("Limits:ReadsPerMinute", "1000000");
        builder.UseSetting("Limits:WritesPerMinute", "1000000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>Extra configuration a test class needs; applied after the defaults above.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    /// <summary>A client with no credentials: a reader.</summary>
    public HttpClient Anonymous() => CreateClient();

    /// <summary>A client whose requests carry a valid token with role "editor".</summary>
    public HttpClient AsEditor(string name = "test-editor") => WithToken(Token(name, "editor"));

    public HttpClient WithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static string Token(string name, string? role, DateTime? expires = null, byte[]? key = null, string issuer = Issuer, string audience = Audience)
    {
        var claims = new List<Claim> { new("sub", name), new("name", name) };
        if (role is not null) claims.Add(new Claim("role", role));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? SigningKey), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Runs SQL against this class's database, for assertions the API cannot make (row counts).</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
