using Majordome.Bot.Data;
using Majordome.Bot.Team;
using Majordome.Tests.Bot.Storage;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Newtonsoft.Json;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// Requests nobody takes in time: the background check, on a fake clock, runs one bot turn for a <c>teamLate</c> event
/// on the customer's channel after <c>Team:AnswerWithin</c>, once; never for a request taken or with a contact left.
/// </summary>
public abstract class TeamLateCheckTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.Zero));
    private readonly List<Activity> _turns = [];
    private readonly Mock<ITeamConversationChannel> _channel = new();

    public TeamLateCheckTests()
    {
        _channel.SetupGet(c => c.ChannelId).Returns("directline");
        _channel.Setup(c => c.RunBotTurnAsync(It.IsAny<ConversationReference>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .Callback<ConversationReference, Activity, CancellationToken>((_, activity, _) =>
            {
                lock (_turns)
                {
                    _turns.Add(activity);
                }
            })
            .ReturnsAsync(true);
    }

    [Fact]
    public async Task Run_AfterAnswerWithin_TellsTheWaitingCustomerOnce_InTheirLanguage()
    {
        var (queue, check) = Build();
        var id = await queue.EnqueueAsync("directline", "dl-late", "directline/u", null, "en", Reference("dl-late"));

        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, await check.RunAsync());
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await check.RunAsync());
        Assert.Equal(0, await check.RunAsync());

        var turn = Assert.Single(_turns);
        Assert.Equal((ActivityTypes.Event, "teamLate", "en-US", "dl-late", $"team-late-{id}"), (turn.Type, turn.Name, turn.Locale, turn.Conversation.Id, turn.Id));
    }

    [Fact]
    public async Task Run_ARequestTakenOrWithAContact_IsNotTold()
    {
        var (queue, check) = Build();
        var taken = await queue.EnqueueAsync("directline", "dl-taken", "directline/a", null, "fr", Reference("dl-taken"));
        await queue.TakeAsync(taken, 1, "Camille");
        var withContact = await queue.EnqueueAsync("directline", "dl-contact", "directline/b", null, "fr", Reference("dl-contact"));
        await using (var connection = await OpenDatabase().OpenForWriteAsync(CancellationToken.None))
        {
            await using var update = connection.CreateCommand();
            update.CommandText = $"UPDATE team_handoffs SET contact_email = 'a@b.fr', consent_text = 'ok', consent_utc = '2026-11-25T14:00:00.0000000Z' WHERE id = {withContact};";
            await update.ExecuteNonQueryAsync();
        }

        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await Build().Check.RunAsync());
        Assert.Empty(_turns);
    }

    [Fact]
    public async Task Service_OnTheFakeClock_TellsTheCustomerWithoutWaitingForRealTime()
    {
        var (queue, check) = Build();
        await queue.EnqueueAsync("directline", "dl-bg", "directline/c", null, "fr", Reference("dl-bg"));
        using var service = new TeamLateCheckService(check, Options.Create(new TeamOptions { AnswerWithin = TimeSpan.FromMinutes(10) }), _time, NullLogger<TeamLateCheckService>.Instance);
        await service.StartAsync(CancellationToken.None);

        for (var minute = 0; minute < 11 && _turns.Count == 0; minute++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(50);
        }

        await service.StopAsync(CancellationToken.None);
        Assert.Equal("dl-bg", Assert.Single(_turns).Conversation.Id);
    }

    [Fact]
    public async Task Run_OnFourInstancesAtOnce_TellsTheCustomerOnce()
    {
        var (queue, _) = Build();
        await queue.EnqueueAsync("directline", "dl-race", "directline/r", null, "fr", Reference("dl-race"));
        _time.Advance(TimeSpan.FromMinutes(11));
        var instances = Enumerable.Range(0, 4).Select(_ => Build().Check).ToList();

        var told = await Task.WhenAll(instances.Select(check => Task.Run(() => check.RunAsync())));

        Assert.Equal(1, told.Sum());
        Assert.Single(_turns);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    private static string Reference(string conversationId) => JsonConvert.SerializeObject(new ConversationReference
    {
        ChannelId = "directline",
        Conversation = new ConversationAccount(id: conversationId),
        User = new ChannelAccount("customer"),
        Bot = new ChannelAccount("bot"),
        ServiceUrl = "http://127.0.0.1/",
    });

    private (SqlHandoffQueue Queue, TeamLateCheck Check) Build()
    {
        var database = OpenDatabase();
        var queue = new SqlHandoffQueue(database, _time);
        return (queue, new TeamLateCheck(database, queue, [_channel.Object], Options.Create(new TeamOptions { AnswerWithin = TimeSpan.FromMinutes(10) }), _time, NullLogger<TeamLateCheck>.Instance));
    }
}

public sealed class SqliteTeamLateCheckTests : TeamLateCheckTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresTeamLateCheckTests : TeamLateCheckTests
{
    private readonly Majordome.Tests.Harness.PostgresTestDatabase _database = new("team_late");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
