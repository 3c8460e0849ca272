using Majordome.Tests.Harness;
using Npgsql;
using Xunit.Abstractions;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// Three bot processes on a PostgreSQL server of their own with the server's default <c>max_connections</c> of 100,
/// hit by a burst of customers at once: no turn may fail for want of a connection.
/// </summary>
public sealed class ConnectionBudgetTests(ConnectionBudgetTests.Instances instances, ITestOutputHelper output) : IClassFixture<ConnectionBudgetTests.Instances>
{
    private const string GenericError = "Désolé, un problème est survenu de mon côté.";

    [Fact]
    public async Task HundredTwentyTurnsAtOnceOnThreeInstances_MaxConnections100_NoTurnFails()
    {
        using var sampling = new CancellationTokenSource();
        var peak = SamplePeakConnectionsAsync(sampling.Token);

        // 120 customers write at the same moment, spread over the three instances.
        var replies = await Task.WhenAll(Enumerable.Range(0, 120).Select(async c =>
        {
            try
            {
                return string.Join(" | ", await ExpectRepliesClient.SendForTextsAsync(instances.Clients[c % 3], $"burst-{c}-{Guid.NewGuid():N}", "bonjour"));
            }
            catch (HttpRequestException ex)
            {
                return "HTTP failure: " + ex.Message;
            }
        }));
        await sampling.CancelAsync();
        var connections = await peak;
        output.WriteLine($"peak connections seen on the server: {connections}");

        var failed = replies.Where(r => r.Length == 0 || r.Contains(GenericError, StringComparison.Ordinal) || r.StartsWith("HTTP failure", StringComparison.Ordinal)).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of 120 turns failed, e.g. {failed.FirstOrDefault()}\n{instances.Output}");

        // Three instances at 20 connections each, and this test's own sampling connection.
        Assert.InRange(connections, 1, 3 * 20 + 1);
    }

    private async Task<int> SamplePeakConnectionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(instances.Server.AdminConnectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'", connection);
        var peak = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            peak = Math.Max(peak, Convert.ToInt32(await count.ExecuteScalarAsync(CancellationToken.None), System.Globalization.CultureInfo.InvariantCulture));
            try
            {
                await Task.Delay(20, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return peak;
    }

    /// <summary>The server (max_connections = 100) and three instances with the default pool size, started once.</summary>
    public sealed class Instances : IAsyncLifetime
    {
        private readonly List<BotProcess> _processes = [];
        private readonly List<HttpClient> _clients = [];

        public PostgresServer Server { get; private set; } = null!;

        public IReadOnlyList<HttpClient> Clients => _clients;

        public string Output => string.Join("\n---\n", _processes.Select(p => p.Output));

        public async Task InitializeAsync()
        {
            Server = PostgresServer.StartDedicated(maxConnections: 100);
            var settings = new Dictionary<string, string>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:ConnectionString"] = Server.CreateDatabase("budget"),
                ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "majordome-budget", Guid.NewGuid().ToString("N")),
            };
            _processes.AddRange(await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => BotProcess.StartAsync(settings))));
            _clients.AddRange(_processes.Select(p => new HttpClient { BaseAddress = p.BaseAddress, Timeout = TimeSpan.FromSeconds(90) }));
        }

        public async Task DisposeAsync()
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }

            foreach (var process in _processes)
            {
                await process.DisposeAsync();
            }

            Server?.StopDedicated();
        }
    }
}
