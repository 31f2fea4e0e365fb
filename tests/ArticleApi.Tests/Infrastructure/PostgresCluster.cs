using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace ArticleApi.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL cluster that tests may stop and start at will: created with initdb in a
/// temporary directory, listening on 127.0.0.1 on a free port, removed when the fixture ends. It uses the
/// installed server (as ./dev.sh does) and, as root, runs as the postgres user, since PostgreSQL refuses
/// to run as root. Creating one takes a few seconds, so the fault tests share one.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private const string User = "articleapi";
    private readonly string password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    private readonly string root = Path.Combine(Path.GetTempPath(), $"articleapi-pg-{Guid.NewGuid():N}");
    private string bin = "";

    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(root, "data");

    public async Task InitializeAsync()
    {
        bin = Directory.GetDirectories("/usr/lib/postgresql")
            .Select(version => Path.Combine(version, "bin"))
            .Where(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            .OrderByDescending(dir => int.TryParse(Path.GetFileName(Path.GetDirectoryName(dir)), out var major) ? major : 0)
            .FirstOrDefault()
            ?? throw new InvalidOperationException("No PostgreSQL server under /usr/lib/postgresql (./dev.sh test installs one).");
        Port = FreePort();
        Directory.CreateDirectory(root);
        var passwordFile = Path.Combine(root, "password");
        await File.WriteAllTextAsync(passwordFile, password);
        if (IsRoot) await RunAsync("chown", "-R", "postgres:", root);

        await RunAsPostgresAsync(Path.Combine(bin, "initdb"), "-D", DataDirectory, "-U", User, $"--pwfile={passwordFile}",
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8");
        await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), $"""

            listen_addresses = '127.0.0.1'
            port = {Port}
            unix_socket_directories = '{root}'
            max_connections = 200
            """);
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        try
        {
            await RunAsPostgresAsync(Path.Combine(bin, "pg_ctl"), "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        Directory.Delete(root, recursive: true);
    }

    public Task StartAsync() =>
        RunAsPostgresAsync(Path.Combine(bin, "pg_ctl"), "-D", DataDirectory, "-l", Path.Combine(root, "postgres.log"), "-w", "-t", "60", "start");

    /// <summary>"fast" rolls back open transactions and closes connections; "immediate" is a crash, recovered from WAL at the next start.</summary>
    public Task StopAsync(string mode = "fast") =>
        RunAsPostgresAsync(Path.Combine(bin, "pg_ctl"), "-D", DataDirectory, "-m", mode, "-w", "-t", "60", "stop");

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Database = database, Username = User, Password = password,
    }.ConnectionString;

    /// <summary>An empty database (no schema): the API's own migrations build it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"articleapi_{Guid.NewGuid().ToString("N")[..8]}";
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static Task RunAsPostgresAsync(string program, params string[] arguments) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await errors}");
    }
}

/// <summary>The API over a database of a <see cref="PostgresCluster"/>, which the test may stop and start.</summary>
public sealed class ClusterApiFactory(string connectionString, params (string Key, string Value)[] settings) : ArticleApiFactory
{
    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(connectionString);

    // The cluster goes away with its fixture.
    protected override Task DropDatabaseAsync(string database) => Task.CompletedTask;

    protected override IEnumerable<(string Key, string Value)> Settings =>
        // Quick retries, so a test sees recovery within seconds of PostgreSQL's return.
        [("Database:MigrationRetryMaxDelay", "00:00:01"), .. settings];
}
