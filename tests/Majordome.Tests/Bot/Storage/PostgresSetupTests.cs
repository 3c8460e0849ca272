using Majordome.Tests.Harness;
using Npgsql;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// Setting up PostgreSQL for the bot on a fresh cluster (PostgreSQL 15 or later): the README's commands are enough,
/// and each way of getting them wrong stops the start with one line that names the fix.
/// </summary>
public sealed class PostgresSetupTests(PostgresSetupTests.FreshCluster cluster) : IClassFixture<PostgresSetupTests.FreshCluster>
{
    [Fact]
    public async Task ReadmeCommands_OnAFreshCluster_TheBotStartsAndAnswers()
    {
        var name = Unique("brand");

        // The README's commands (its "Several instances on PostgreSQL" SQL block), run as written by a superuser in
        // psql, with this test's name for the role and the database: if the README and the product drift, this fails.
        var database = "postgres";
        foreach (var line in ReadmeSetupCommands())
        {
            var statement = line.Replace("majordome", name, StringComparison.Ordinal);
            if (statement.StartsWith("\\connect ", StringComparison.Ordinal))
            {
                database = statement["\\connect ".Length..].Trim();
                continue;
            }

            await cluster.RunAsync(database, statement.TrimEnd(';'));
        }

        using var bot = new BotApplicationFactory(cluster.Settings(name, name));
        using var client = bot.CreateClient();
        var replies = await ExpectRepliesClient.SendForTextsAsync(client, Guid.NewGuid().ToString(), "bonjour");

        Assert.Contains(replies, r => r.StartsWith("Bonjour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingDatabase_StopsTheStart_WithTheCreateDatabaseCommand()
    {
        var name = Unique("nodb");
        await cluster.RunAsync("postgres", $"CREATE ROLE {name} LOGIN PASSWORD 'change-me'");

        var problem = StartFailure(cluster.Settings(name, name));

        Assert.Contains($"database \"{name}\" does not exist (3D000). Fix, as a superuser: CREATE DATABASE \"{name}\" OWNER \"{name}\";", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleWithoutCreateOnPublic_StopsTheStart_WithTheGrant()
    {
        // PostgreSQL 15 and later: a database's schema public belongs to the database owner; others may not create.
        var name = Unique("nocreate");
        await cluster.RunAsync("postgres", $"CREATE ROLE {name} LOGIN PASSWORD 'change-me'", $"CREATE DATABASE {name}", $"GRANT CONNECT ON DATABASE {name} TO {name}");

        var problem = StartFailure(cluster.Settings(name, name));

        Assert.Contains($"role \"{name}\" may not create tables in schema \"public\" of database \"{name}\" (42501", problem, StringComparison.Ordinal);
        Assert.Contains($"ALTER SCHEMA \"public\" OWNER TO \"{name}\"; or GRANT USAGE, CREATE ON SCHEMA \"public\" TO \"{name}\";", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
    }

    private static string Unique(string purpose) => $"{purpose}_{Guid.NewGuid():N}"[..24];

    /// <summary>The statements of the first ```sql block in the README's "Several instances on PostgreSQL", comments left out.</summary>
    private static List<string> ReadmeSetupCommands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var section = readme.IndexOf("### Several instances on PostgreSQL", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no \"Several instances on PostgreSQL\" section.");
        var start = readme.IndexOf("```sql\n", section, StringComparison.Ordinal);
        Assert.True(start >= 0, "The README's PostgreSQL section has no sql block.");
        start += "```sql\n".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        var commands = readme[start..end].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("--", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(commands, c => c.StartsWith("CREATE DATABASE", StringComparison.Ordinal));
        return commands;
    }

    /// <summary>The message of the exception that stopped the host's start (the first line an operator reads).</summary>
    private static string StartFailure(Dictionary<string, string?> settings)
    {
        // The factory starts the host as it is made.
        var failure = Assert.ThrowsAny<Exception>(() => new BotApplicationFactory(settings).Dispose());
        while (failure is AggregateException { InnerException: { } inner })
        {
            failure = inner;
        }

        return failure.Message;
    }

    /// <summary>A PostgreSQL cluster of its own, fresh from initdb, so that roles and databases are made from scratch.</summary>
    public sealed class FreshCluster : IDisposable
    {
        private readonly PostgresServer _server = PostgresServer.StartDedicated(maxConnections: 50);

        public Dictionary<string, string?> Settings(string database, string role) => new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(_server.AdminConnectionString) { Database = database, Username = role, Password = "change-me", Pooling = true }.ConnectionString,
        };

        public async Task RunAsync(string database, params string[] statements)
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.AdminConnectionString) { Database = database }.ConnectionString);
            await connection.OpenAsync();
            foreach (var statement in statements)
            {
                await using var command = new NpgsqlCommand(statement, connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        public void Dispose() => _server.StopDedicated();
    }
}
