using System.Net;
using Majordome.Bot.Data;
using Majordome.Bot.Privacy;
using Majordome.Bot.Team;
using Majordome.Dialogs.Flows.Actions;
using Majordome.Tests.Bot.DirectLine;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Privacy;

/// <summary>
/// A Web Chat customer's own data requests through the real host (Direct Line over HTTP): the summary shows their
/// data only, the erasure is confirmed first ("oui c'est bon"), then done and said, and once the turn is over
/// nothing of theirs is left: not the state that turn saved, not its messages, not their request for a person.
/// </summary>
public abstract class CustomerDataRequestTests
{
    private const string Secret = "privacy-requests-test-secret-0123456789";
    private readonly Fixture _fixture;

    protected CustomerDataRequestTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Summary_ThenErasureConfirmed_LeavesNothingOfTheCustomer_AndTouchesNoOneElse()
    {
        var someoneElse = await _fixture.SeedLeadOfAnotherCustomerAsync();
        var dl = new DirectLineTestClient(_fixture.Factory.CreateClient());
        var conversationId = (await dl.StartAsync(Secret)).Value<string>("conversationId")!;
        await SayAsync(dl, conversationId, "bonjour");
        await SayAsync(dl, conversationId, "je voudrais parler à un humain");
        var userId = await CustomerIdAsync(dl, conversationId);

        var summary = string.Join("\n", await SayAsync(dl, conversationId, "quelles données avez-vous sur moi ?"));
        Assert.Contains("Voici ce que nous gardons à votre sujet", summary, StringComparison.Ordinal);
        Assert.Contains("français", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(someoneElse, summary, StringComparison.Ordinal);

        var confirm = await SayAsync(dl, conversationId, "supprimez mes données");
        Assert.Contains(confirm, t => t.StartsWith("Voulez-vous que j'efface vos données ?", StringComparison.Ordinal));
        Assert.NotEmpty(await Transcripts.ReadAsync("directline", conversationId));
        var done = await SayAsync(dl, conversationId, "oui c'est bon");
        Assert.Contains(done, t => t.StartsWith("C'est fait : vos données sont effacées.", StringComparison.Ordinal));

        var storage = _fixture.Factory.Services.GetRequiredService<IStorage>();
        Assert.Empty(await storage.ReadAsync([$"directline/users/{userId}", $"directline/conversations/{conversationId}"]));
        Assert.Empty(await Transcripts.ReadAsync("directline", conversationId));
        Assert.DoesNotContain(await _fixture.Factory.Services.GetRequiredService<SqlHandoffQueue>().ListOpenAsync(), r => r.ConversationId == conversationId);
        var customer = new CustomerRecordKey("directline", userId);
        Assert.Equal([(ErasureSource.Customer, ErasureSource.Customer)], (await _fixture.Factory.Services.GetRequiredService<SqlCustomerErasure>().ListErasuresAsync(customer)).Select(e => (e.By, e.Source)));
        Assert.Empty((await _fixture.Factory.Services.GetRequiredService<CustomerDataExport>().ExportAsync(customer))["conversations"]!.AsArray());
        Assert.Contains(await new SqlFlowRecordStore(_fixture.Factory.Services.GetRequiredService<BusinessDatabase>()).ReadLeadsAsync("newsletter"), l => l.Email == someoneElse);
    }

    [Fact]
    public async Task EraseRequest_AnsweredNo_ErasesNothing()
    {
        var dl = new DirectLineTestClient(_fixture.Factory.CreateClient());
        var conversationId = (await dl.StartAsync(Secret)).Value<string>("conversationId")!;
        await SayAsync(dl, conversationId, "hello", "en-US");
        var userId = await CustomerIdAsync(dl, conversationId);

        await SayAsync(dl, conversationId, "delete my data", "en-US");
        var kept = await SayAsync(dl, conversationId, "no", "en-US");

        Assert.Contains("All right, I won't erase anything.", kept);
        Assert.NotEmpty(await _fixture.Factory.Services.GetRequiredService<IStorage>().ReadAsync([$"directline/users/{userId}"]));
        Assert.NotEmpty(await Transcripts.ReadAsync("directline", conversationId));
        Assert.Empty(await _fixture.Factory.Services.GetRequiredService<SqlCustomerErasure>().ListErasuresAsync(new CustomerRecordKey("directline", userId)));
    }

    private SqlTranscriptStore Transcripts => _fixture.Factory.Services.GetRequiredService<SqlTranscriptStore>();

    /// <summary>The customer says <paramref name="text"/>; what the bot said in that turn.</summary>
    private static async Task<IReadOnlyList<string>> SayAsync(DirectLineTestClient dl, string conversationId, string text, string locale = "fr-FR")
    {
        var before = await dl.GetActivitiesAsync(conversationId, Secret);
        var posted = await dl.PostMessageAsync(conversationId, Secret, text, locale);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var page = await dl.GetActivitiesAsync(conversationId, Secret, before.Value<string>("watermark"));
        return page["activities"]!.Where(a => a.Value<string>("type") == "message" && a["from"]?.Value<string>("role") == "bot")
            .Select(a => a.Value<string>("text") ?? string.Empty).ToList();
    }

    /// <summary>The id the endpoint gave the customer (the key their data is under), as their messages carry it.</summary>
    private static async Task<string> CustomerIdAsync(DirectLineTestClient dl, string conversationId)
    {
        var page = await dl.GetActivitiesAsync(conversationId, Secret);
        return page["activities"]!.First(a => a["from"]?.Value<string>("role") != "bot")["from"]!.Value<string>("id")!;
    }

    /// <summary>The host, with its state and business data on the engine of the concrete class.</summary>
    public abstract class Fixture : IDisposable
    {
        protected Fixture(Dictionary<string, string?>? settings = null)
        {
            var all = new Dictionary<string, string?>(settings ?? []) { ["DirectLine:Secret"] = Secret };
            Factory = new BotApplicationFactory(all);
        }

        public BotApplicationFactory Factory { get; }

        /// <summary>Another customer's lead, with an email the summary must never show; returns the email.</summary>
        public async Task<string> SeedLeadOfAnotherCustomerAsync()
        {
            var email = $"other-{Guid.NewGuid():N}@example.com";
            await new SqlFlowRecordStore(Factory.Services.GetRequiredService<BusinessDatabase>())
                .RecordLeadAsync(new Lead("newsletter", "directline/someone-else", email, null, null, true, "J'accepte", "fr", DateTimeOffset.UtcNow));
            return email;
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing) => Factory.Dispose();
    }
}

/// <summary>On the default engine: SQLite for the business data (state in memory, as the host tests run it).</summary>
public sealed class SqliteCustomerDataRequestTests(SqliteCustomerDataRequestTests.SqliteFixture fixture) : CustomerDataRequestTests(fixture), IClassFixture<SqliteCustomerDataRequestTests.SqliteFixture>
{
    public sealed class SqliteFixture : Fixture;
}

/// <summary>On PostgreSQL, state and business data: the erasure runs on the turn's own connection, which holds the conversation's lock.</summary>
public sealed class PostgresCustomerDataRequestTests(PostgresCustomerDataRequestTests.PostgresFixture fixture) : CustomerDataRequestTests(fixture), IClassFixture<PostgresCustomerDataRequestTests.PostgresFixture>
{
    public sealed class PostgresFixture : Fixture
    {
        private readonly PostgresTestDatabase _database;

        public PostgresFixture()
            : this(new PostgresTestDatabase("privacyhost"))
        {
        }

        private PostgresFixture(PostgresTestDatabase database)
            : base(Settings(database)) => _database = database;

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            _database.Dispose();
        }

        private static Dictionary<string, string?> Settings(PostgresTestDatabase database) => new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database.ConnectionString,
        };
    }
}
