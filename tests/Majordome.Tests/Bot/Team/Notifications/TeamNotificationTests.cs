using System.Data.Common;
using Majordome.Bot.Adapters;
using Majordome.Bot.Data;
using Majordome.Bot.Team;
using Majordome.Bot.Team.Notifications;
using Majordome.Dialogs.Conversations.Team;
using Majordome.Dialogs.Engine;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Majordome.Tests.Bot.Team.Notifications;

/// <summary>
/// Telling the team by email, on both engines: a request or a contact left is written to the outbox in the customer's
/// turn (which never talks to the SMTP server), and a sender built afterwards, as after a restart, delivers it to a
/// real SMTP dialogue on loopback; a refused message is tried again later, not lost, and sent once.
/// </summary>
public abstract class TeamNotificationTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 20, 30, 0, TimeSpan.Zero));
    private readonly FakeSmtpServer _smtp = FakeSmtpServer.Start();

    [Fact]
    public async Task Request_WaitsInTheOutbox_ThenASenderStartedLaterEmailsTheTeamOnce()
    {
        var database = OpenDatabase();
        var handoff = new TeamQueueHandoff(Mock.Of<IHumanHandoff>(), new SqlHandoffQueue(database, _time), [Channel("directline")], Notices(database), _time);

        await handoff.RequestAsync(Turn("dl-7"), "group booking: 12 people at lyon-bellecour");
        await handoff.RequestAsync(Turn("dl-7"), "asked again while waiting");

        // The customer's turn wrote a row and talked to no mail server.
        Assert.Equal(0, _smtp.Connections);
        var sender = Sender(OpenDatabase());
        Assert.Equal(1, await sender.SendDueAsync());
        Assert.Equal(0, await sender.SendDueAsync());

        var (from, to, data) = Assert.Single(_smtp.Messages);
        Assert.Equal("bot@maison-tasse.test", from);
        Assert.Equal(["equipe@maison-tasse.test"], to);
        Assert.Contains("Subject: New request / Nouvelle demande #1 (directline)", data, StringComparison.Ordinal);
        Assert.Contains("group booking: 12 people at lyon-bellecour", data, StringComparison.Ordinal);
        Assert.Empty(_smtp.ProtocolErrors);
    }

    [Fact]
    public async Task ContactLeft_IsKeptWithTheRequest_AndTheEmailCarriesItAndTheConsent()
    {
        var database = OpenDatabase();
        var contacts = new SqlTeamContacts(new SqlHandoffQueue(database, _time), Notices(database), _time);
        var consent = "J'accepte que l'équipe Maison Tasse me recontacte au +33612345678 au sujet de ma demande, et pour rien d'autre.";

        // A channel the console cannot answer: the request is made anyway, so the team sees the contact.
        await contacts.LeaveAsync(Turn("wa-3", "whatsapp"), new TeamContact(null, "+33612345678", consent, _time.GetUtcNow(), "fr"));

        var request = Assert.Single(await new SqlHandoffQueue(database, _time).ListOpenAsync());
        var kept = (await new SqlHandoffContacts(database).ListOpenAsync())[request.Id];
        Assert.Equal(new HandoffContact(null, "+33612345678", consent, _time.GetUtcNow()), kept);
        Assert.Equal(1, await Sender(database).SendDueAsync());
        var (_, _, data) = Assert.Single(_smtp.Messages);
        Assert.Contains("Contact: +33612345678", data, StringComparison.Ordinal);
        Assert.Contains("2026-11-25 20:30:00 UTC", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_IsTriedAgainAfterTheDelay_AndSentOnce()
    {
        var database = OpenDatabase();
        await new TeamQueueHandoff(Mock.Of<IHumanHandoff>(), new SqlHandoffQueue(database, _time), [Channel("directline")], Notices(database), _time)
            .RequestAsync(Turn("dl-9"), null);
        _smtp.RefuseNext(1);
        var sender = Sender(database);

        Assert.Equal(0, await sender.SendDueAsync());
        Assert.Equal(0, await sender.SendDueAsync());
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await sender.SendDueAsync());

        Assert.Single(_smtp.Messages);
        Assert.Empty(_smtp.ProtocolErrors);
    }

    [Fact]
    public async Task Request_WhenItsNoticeCannotBeWritten_IsNotKeptWithoutIt_AndAskingAgainKeepsBoth()
    {
        var database = OpenDatabase();
        var handoff = new TeamQueueHandoff(Mock.Of<IHumanHandoff>(), new SqlHandoffQueue(database, _time), [Channel("directline")], Notices(database), _time);
        await ExecuteAsync(database, FailNoticeInsertsSql);

        // The database refuses the notice after the request's row was written: a crash at that point is the same gap.
        await Assert.ThrowsAnyAsync<DbException>(() => handoff.RequestAsync(Turn("dl-5"), "asked for a person"));

        Assert.Empty(await new SqlHandoffQueue(database, _time).ListOpenAsync());
        await ExecuteAsync(database, AllowNoticeInsertsSql);
        await handoff.RequestAsync(Turn("dl-5"), "asked for a person");
        Assert.Single(await new SqlHandoffQueue(database, _time).ListOpenAsync());
        Assert.Equal(1, await Sender(database).SendDueAsync());
    }

    [Fact]
    public async Task ContactLeft_WhenItsNoticeCannotBeWritten_KeepsNeitherTheRequestNorTheContact()
    {
        var database = OpenDatabase();
        var contacts = new SqlTeamContacts(new SqlHandoffQueue(database, _time), Notices(database), _time);
        await ExecuteAsync(database, FailNoticeInsertsSql);

        await Assert.ThrowsAnyAsync<DbException>(() => contacts.LeaveAsync(Turn("dl-6"), new TeamContact("marie@example.test", null, "J'accepte.", _time.GetUtcNow(), "fr")));

        Assert.Empty(await new SqlHandoffQueue(database, _time).ListOpenAsync());
        Assert.Empty(await new SqlHandoffContacts(database).ListOpenAsync());
    }

    [Fact]
    public async Task NothingEnabled_WritesNoRow_AndSendsNothing()
    {
        var database = OpenDatabase();
        var off = new TeamNotices(new SqlNotificationOutbox(database, _time), [new EmailTeamNotifier(Options.Create(new TeamNotificationOptions()))]);
        await new TeamQueueHandoff(Mock.Of<IHumanHandoff>(), new SqlHandoffQueue(database, _time), [Channel("directline")], off, _time).RequestAsync(Turn("dl-1"), null);

        Assert.Equal(0, await Sender(database).SendDueAsync());
        Assert.Equal(0, _smtp.Connections);
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose();

    /// <summary>Makes the database refuse every new notice (a trigger), as a crash between two writes would leave them.</summary>
    protected abstract string FailNoticeInsertsSql { get; }

    /// <summary>Removes that trigger.</summary>
    protected abstract string AllowNoticeInsertsSql { get; }

    private static async Task ExecuteAsync(BusinessDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static ITurnContext Turn(string conversationId, string channel = "directline") =>
        new TurnContext(new InMemoryTurnAdapter(), new Activity(ActivityTypes.Message)
        {
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = channel,
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount("customer-" + conversationId),
            Recipient = new ChannelAccount("bot"),
            ServiceUrl = "http://127.0.0.1/",
            Locale = "fr-FR",
            Text = "conseiller",
        });

    private static ITeamConversationChannel Channel(string id) => Mock.Of<ITeamConversationChannel>(c => c.ChannelId == id);

    private IOptions<TeamNotificationOptions> EmailOn()
    {
        var options = new TeamNotificationOptions { RetryDelay = TimeSpan.FromSeconds(30) };
        options.Email.Enabled = true;
        options.Email.Host = "127.0.0.1";
        options.Email.Port = _smtp.Port;
        options.Email.Security = TeamEmailSecurity.None;
        options.Email.From = "bot@maison-tasse.test";
        options.Email.To.Add("equipe@maison-tasse.test");
        options.Email.Timeout = TimeSpan.FromSeconds(10);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    private TeamNotices Notices(BusinessDatabase database) =>
        new(new SqlNotificationOutbox(database, _time), [new EmailTeamNotifier(EmailOn())]);

    private TeamNotificationSender Sender(BusinessDatabase database) =>
        new(new SqlNotificationOutbox(database, _time), [new EmailTeamNotifier(EmailOn())], EmailOn(), _time, NullLogger<TeamNotificationSender>.Instance);
}

public sealed class SqliteTeamNotificationTests : TeamNotificationTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override string FailNoticeInsertsSql =>
        "CREATE TRIGGER fail_notices BEFORE INSERT ON team_notifications BEGIN SELECT RAISE(ABORT, 'injected failure'); END;";

    protected override string AllowNoticeInsertsSql => "DROP TRIGGER fail_notices;";

    protected override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresTeamNotificationTests : TeamNotificationTests
{
    private readonly PostgresTestDatabase _database = new("team_notices");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override string FailNoticeInsertsSql => """
        CREATE FUNCTION fail_notices() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$;
        CREATE TRIGGER fail_notices BEFORE INSERT ON team_notifications FOR EACH ROW EXECUTE FUNCTION fail_notices();
        """;

    protected override string AllowNoticeInsertsSql => "DROP TRIGGER fail_notices ON team_notifications;";

    protected override void Dispose() => _database.Dispose();
}
