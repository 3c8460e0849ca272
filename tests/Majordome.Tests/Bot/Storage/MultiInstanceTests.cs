using Majordome.Tests.Harness;
using Npgsql;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// Three bot processes on loopback sharing one PostgreSQL server, as instances behind a load balancer that sends
/// each message wherever it likes. They must behave as one bot.
/// </summary>
public sealed partial class MultiInstanceTests : IClassFixture<MultiInstanceTests.Instances>
{
    private const string GenericError = "Désolé, un problème est survenu de mon côté.";
    private readonly PostgresTestDatabase _database;
    private readonly IReadOnlyList<HttpClient> _clients;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public MultiInstanceTests(Instances instances)
    {
        _database = instances.Database;
        _clients = instances.Clients;
        _settings = instances.Settings;
    }

    [Fact]
    public async Task ManyConversations_EachTurnOnAnotherInstance_AllCompleteInOrder()
    {
        // Twelve customers book at once; every turn of every conversation goes to the next instance round-robin.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(async c =>
        {
            var conversation = $"multi-{c}-{Guid.NewGuid():N}";
            var transcript = new List<(string Sent, List<string> Replies)>();
            string[] turns = ["bonjour", "Réserver une table", "Bordeaux", "2", $"samedi à {10 + (c % 6)}h", "Marie", "06 12 34 56 78", "oui"];
            for (var t = 0; t < turns.Length; t++)
            {
                transcript.Add((turns[t], await ExpectRepliesClient.SendForTextsAsync(_clients[(c + t) % _clients.Count], conversation, turns[t])));
            }

            return transcript;
        }));

        foreach (var transcript in outcomes)
        {
            var replies = transcript.Select(t => string.Join(" | ", t.Replies)).ToList();
            Assert.DoesNotContain(replies, r => r.Contains(GenericError, StringComparison.Ordinal));
            Assert.Contains("Dans quelle boutique", replies[1], StringComparison.Ordinal);
            Assert.Contains("Pour combien de personnes ?", replies[2], StringComparison.Ordinal);
            Assert.Contains("Quand souhaitez-vous venir ?", replies[3], StringComparison.Ordinal);
            Assert.Contains("À quel nom", replies[4], StringComparison.Ordinal);
            Assert.Contains("À quel numéro", replies[5], StringComparison.Ordinal);
            Assert.Contains("Je réserve ?", replies[6], StringComparison.Ordinal);
            Assert.Contains("C'est réservé !", replies[7], StringComparison.Ordinal);
        }

        Assert.Equal(12L, await ScalarAsync("SELECT count(*) FROM bookings WHERE boutique_id = 'bordeaux-chartrons' AND status = 'Confirmed'"));
    }

    [Fact]
    public async Task SameConversation_TwoMessagesAtOnceOnTwoInstances_BothTurnsRunOneAfterTheOther()
    {
        // Without a lock shared by the instances both turns would load the same state and one save would fail
        // its ETag check (the customer would get the apology and lose the conversation). Ten customers at once
        // make that race all but certain.
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(async c =>
        {
            var conversation = $"race-{c}-{Guid.NewGuid():N}";
            await ExpectRepliesClient.SendForTextsAsync(_clients[0], conversation, "bonjour");
            await ExpectRepliesClient.SendForTextsAsync(_clients[1], conversation, "Réserver une table");
            var both = await Task.WhenAll(ExpectRepliesClient.SendForTextsAsync(_clients[1], conversation, "Lyon"), ExpectRepliesClient.SendForTextsAsync(_clients[2], conversation, "Lyon"));
            return both.SelectMany(r => r).ToList();
        }));

        foreach (var replies in results)
        {
            Assert.DoesNotContain(replies, r => r.Contains(GenericError, StringComparison.Ordinal));

            // Whichever ran first chose Lyon and asked for the party size; the second answered that question.
            Assert.Contains(replies, r => r.Contains("Pour combien de personnes ?", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task LastTable_SixCustomersOnThreeInstances_IsBookedOnce()
    {
        // Lyon seats six at its tasting table: six customers want four seats at the same time.
        var conversations = Enumerable.Range(0, 6).Select(c => $"last-{c}-{Guid.NewGuid():N}").ToArray();
        string[] turns = ["bonjour", "Réserver une table", "Lyon", "4", "samedi à 15h", "Marie", "06 12 34 56 78"];
        await Task.WhenAll(conversations.Select(async (conversation, c) =>
        {
            foreach (var turn in turns)
            {
                await ExpectRepliesClient.SendForTextsAsync(_clients[c % _clients.Count], conversation, turn);
            }
        }));

        var answers = await Task.WhenAll(conversations.Select((conversation, c) => ExpectRepliesClient.SendForTextsAsync(_clients[(c + 1) % _clients.Count], conversation, "oui")));

        Assert.Single(answers, a => a.Any(r => r.StartsWith("C'est réservé !", StringComparison.Ordinal)));
        Assert.Equal(5, answers.Count(a => a.Any(r => r.Contains("viennent d'être prises", StringComparison.Ordinal))));
        Assert.Equal(4L, await ScalarAsync("SELECT COALESCE(SUM(party_size), 0) FROM bookings WHERE boutique_id = 'lyon-bellecour' AND status = 'Confirmed'"));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The three processes and their database, started once for the class (a process takes seconds to start).</summary>
    public sealed class Instances : IAsyncLifetime
    {
        private readonly List<BotProcess> _processes = [];
        private readonly List<HttpClient> _clients = [];

        public PostgresTestDatabase Database { get; } = new("instances");

        public IReadOnlyList<HttpClient> Clients => _clients;

        /// <summary>The settings the instances run with, for a test that starts one more.</summary>
        public IReadOnlyDictionary<string, string> Settings { get; private set; } = new Dictionary<string, string>();

        public async Task InitializeAsync()
        {
            var settings = new Dictionary<string, string>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:ConnectionString"] = Database.ConnectionString,
                ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "majordome-instances", Guid.NewGuid().ToString("N")),
                ["DirectLine:Secret"] = DirectLineSecret,

                // The team's test runs at any hour of the wall clock: brand/team.yaml's hours would change what a
                // customer asking for a person is told.
                ["Team:OpeningHours"] = "false",
            };
            Settings = settings;
            _processes.AddRange(await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => BotProcess.StartAsync(settings))));
            _clients.AddRange(_processes.Select(p => new HttpClient { BaseAddress = p.BaseAddress, Timeout = TimeSpan.FromSeconds(60) }));
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

            Database.Dispose();
        }
    }
}
