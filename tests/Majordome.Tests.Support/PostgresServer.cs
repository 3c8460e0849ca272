using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Majordome.Tests.Harness;

/// <summary>
/// A real PostgreSQL server for the tests: a throwaway cluster made with Debian's initdb and pg_ctl in a temp
/// folder, listening on a free loopback port, started once per test run and stopped when the run ends.
/// Set MAJORDOME_TEST_POSTGRES to an admin connection string to use an existing server instead.
/// A missing PostgreSQL fails the tests that need it, with the command that installs it: it is never a skip.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databaseCounter;

    private readonly Lazy<string> _testDatabase;
    private readonly string? _clusterDirectory;
    private readonly string? _binDirectory;

    private PostgresServer(string adminConnectionString, string? clusterDirectory, string? binDirectory)
    {
        AdminConnectionString = adminConnectionString;
        _testDatabase = new Lazy<string>(CreateTestDatabase, LazyThreadSafetyMode.ExecutionAndPublication);
        _clusterDirectory = clusterDirectory;
        _binDirectory = binDirectory;
    }

    /// <summary>The server of this test run, started on first use.</summary>
    public static PostgresServer Instance => Shared.Value;

    /// <summary>A superuser connection to the "postgres" database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The database every test's schema lives in, created once per run.</summary>
    private string TestDatabaseConnectionString => _testDatabase.Value;

    /// <summary>
    /// A fresh, empty place for one test's tables: a schema of its own in the shared test database, reached through
    /// the returned connection string's search path. A schema is created in milliseconds, where CREATE DATABASE
    /// copies a template and serializes under parallel tests.
    /// </summary>
    public string CreateDatabase(string purpose)
    {
        var name = $"t_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}_{new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(20).ToArray())}";
        using (var connection = new NpgsqlConnection(TestDatabaseConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(TestDatabaseConnectionString) { SearchPath = name, Pooling = true }.ConnectionString;
    }

    private string CreateTestDatabase()
    {
        var name = $"majordome_tests_{Environment.ProcessId}_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    private static PostgresServer Start()
    {
        if (Environment.GetEnvironmentVariable("MAJORDOME_TEST_POSTGRES") is { Length: > 0 } existing)
        {
            return new PostgresServer(existing, null, null);
        }

        return StartCluster("majordome-pg", maxConnections: 200);
    }

    /// <summary>
    /// A server of its own for a test that needs the server's settings (a small <c>max_connections</c>) or a fresh
    /// cluster (set-up commands followed from scratch). Stop it with <see cref="StopDedicated"/>.
    /// </summary>
    public static PostgresServer StartDedicated(int maxConnections = 100) => StartCluster("majordome-pg-dedicated", maxConnections);

    /// <summary>Stops a server made by <see cref="StartDedicated"/> and deletes its files.</summary>
    public void StopDedicated() => Stop(RunsAsPostgres());

    private static bool RunsAsPostgres() => Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root" || IsRoot();

    private static PostgresServer StartCluster(string rootName, int maxConnections)
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(
            "PostgreSQL is needed by these tests and was not found (no /usr/lib/postgresql/*/bin/initdb). " +
            "Install it with: apt-get install -y postgresql");
        var root = Path.Combine(Path.GetTempPath(), rootName);
        RemoveStoppedClusters(root);
        var cluster = Path.Combine(root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(cluster);
        var data = Path.Combine(cluster, "data");
        var runAsPostgres = RunsAsPostgres();

        // initdb refuses to run as root, which is how CI runs: the cluster then belongs to the "postgres" user
        // that Debian's package creates.
        if (runAsPostgres)
        {
            Run("chown", ["-R", "postgres:postgres", cluster], runAsPostgres: false);
        }

        Run(Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "majordome", "-E", "UTF8", "--locale=C", "--no-sync"], runAsPostgres);
        var port = LoopbackPort.Free();
        var settings = string.Join(' ',
            $"-p {port.ToString(CultureInfo.InvariantCulture)}",
            $"-k {cluster}",
            "-c listen_addresses=127.0.0.1",
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            $"-c max_connections={maxConnections.ToString(CultureInfo.InvariantCulture)}");
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", settings, "-l", Path.Combine(cluster, "server.log"), "-w", "-t", "60", "start"], runAsPostgres);

        var server = new PostgresServer(
            $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=majordome;Database=postgres;Pooling=false",
            cluster,
            bin);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(runAsPostgres);
        return server;
    }

    private void Stop(bool runAsPostgres)
    {
        if (_clusterDirectory is null || _binDirectory is null)
        {
            return;
        }

        try
        {
            Run(Path.Combine(_binDirectory, "pg_ctl"), ["-D", Path.Combine(_clusterDirectory, "data"), "-m", "immediate", "-w", "stop"], runAsPostgres);
            Directory.Delete(_clusterDirectory, recursive: true);
        }
#pragma warning disable CA1031 // Best effort at process exit: a leftover temp folder must not fail the run.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>
    /// Deletes the folders of earlier runs whose server is no longer running: the test host may be killed right
    /// after the server stops, before its own folder is deleted.
    /// </summary>
    private static void RemoveStoppedClusters(string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.GetDirectories(root))
        {
            var pidFile = Path.Combine(folder, "data", "postmaster.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) && Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }

            // Another test run may be creating this cluster right now (initdb has not written postmaster.pid yet).
            if (DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) < TimeSpan.FromMinutes(10))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static string? FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static bool IsRoot()
    {
        var start = new ProcessStartInfo("id", "-u") { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output == "0";
    }


    private static void Run(string program, IReadOnlyList<string> arguments, bool runAsPostgres)
    {
        var start = runAsPostgres ? new ProcessStartInfo("runuser") : new ProcessStartInfo(program);
        if (runAsPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish within 90 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        }
    }
}
