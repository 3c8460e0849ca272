using Majordome.Bot.Data;
using Majordome.Bot.Team;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// The team's queue and accounts on both engines (SQLite below, PostgreSQL below): one open request per
/// conversation, one winner when several instances take the same request at once, lockout counted in the database.
/// </summary>
public abstract class TeamStoresTests : IDisposable
{
    [Fact]
    public async Task Enqueue_TheSameConversationTwice_KeepsItsFirstPlace_AndAfterTheHandBackOpensANewRequest()
    {
        var queue = new SqlHandoffQueue(OpenDatabase(), TimeProvider.System);
        var first = await queue.EnqueueAsync("directline", "dl-1", "directline/v1", null, "fr", "{}");
        var other = await queue.EnqueueAsync("directline", "dl-2", "directline/v2", "group booking: 12 people at lyon", "en", "{}");

        var again = await queue.EnqueueAsync("directline", "dl-1", "directline/v1", "second ask", "fr", "{}");
        Assert.Equal(first, again);
        Assert.Equal(["dl-1", "dl-2"], (await queue.ListOpenAsync()).Select(r => r.ConversationId));

        Assert.True(await queue.TakeAsync(first, 7, "Camille"));
        Assert.True(await queue.HandBackAsync(first, 7));
        var reopened = await queue.EnqueueAsync("directline", "dl-1", "directline/v1", null, "fr", "{}");

        Assert.NotEqual(first, reopened);
        Assert.Equal([other, reopened], (await queue.ListOpenAsync()).Select(r => r.Id));
    }

    [Fact]
    public async Task Take_EightAgentsOnFourInstancesAtOnce_ExactlyOneGetsIt()
    {
        var setup = new SqlHandoffQueue(OpenDatabase(), TimeProvider.System);
        var id = await setup.EnqueueAsync("directline", "dl-race", "directline/v", null, "fr", "{}");
        var instances = Enumerable.Range(0, 4).Select(_ => new SqlHandoffQueue(OpenDatabase(), TimeProvider.System)).ToList();

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(agent => Task.Run(() => instances[agent % 4].TakeAsync(id, agent, $"Agent {agent}"))));

        Assert.Single(taken, t => t);
        var winner = Array.IndexOf(taken, true);
        Assert.Equal(((long?)winner, HandoffStatus.Taken), ((await setup.FindAsync(id))!.AgentId, (await setup.FindAsync(id))!.Status));
    }

    [Fact]
    public async Task HandBack_ByAnotherAgent_IsRefused_ButAnAdminMay()
    {
        var queue = new SqlHandoffQueue(OpenDatabase(), TimeProvider.System);
        var id = await queue.EnqueueAsync("directline", "dl-hb", "directline/v", null, "fr", "{}");
        await queue.TakeAsync(id, 1, "Camille");

        Assert.False(await queue.HandBackAsync(id, 2));
        Assert.True(await queue.HandBackAsync(id, null));
        Assert.False(await queue.HandBackAsync(id, null));
    }

    [Fact]
    public async Task Members_FailuresLockTheAccount_AndANewPasswordLiftsTheLock()
    {
        var members = new SqlTeamMembers(OpenDatabase(), TimeProvider.System);
        var passwords = new TeamPasswords();
        Assert.True(await members.AddAsync("Camille.Martin", "Camille", TeamRoles.Agent, passwords.Hash("correct horse battery")));
        Assert.False(await members.AddAsync("camille.martin", "Other", TeamRoles.Admin, passwords.Hash("another long password")));
        var member = (await members.FindByUsernameAsync("CAMILLE.MARTIN"))!;
        var until = DateTimeOffset.UtcNow.AddMinutes(15);

        await members.RecordFailureAsync(member.Id, 2, until);
        Assert.Null((await members.FindByIdAsync(member.Id))!.LockedUntil);
        await members.RecordFailureAsync(member.Id, 2, until);
        var locked = (await members.FindByIdAsync(member.Id))!;
        await members.SetPasswordAsync("camille.martin", passwords.Hash("a brand new password"));
        var reset = (await members.FindByIdAsync(member.Id))!;

        Assert.Equal((2, true), (locked.FailedSignIns, locked.LockedUntil is not null));
        Assert.Equal((0, (DateTimeOffset?)null), (reset.FailedSignIns, reset.LockedUntil));
        Assert.NotEqual(member.SecurityStamp, reset.SecurityStamp);
        Assert.True(passwords.Verify(reset.PasswordHash, "a brand new password", out _));
        Assert.DoesNotContain("a brand new password", reset.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcript_ReadsAfterAnId_InOrder_AndPurgesOldMessages()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var transcripts = new SqlTranscriptStore(OpenDatabase(), time);
        await transcripts.AppendAsync("directline", "dl-t", [(TranscriptAuthor.Customer, null, "old question")]);
        time.Advance(TimeSpan.FromDays(31));
        await transcripts.AppendAsync("directline", "dl-t", [(TranscriptAuthor.Customer, null, "bonjour"), (TranscriptAuthor.Bot, null, "Bonjour !"), (TranscriptAuthor.Agent, "Camille", "Camille ici")]);
        await transcripts.AppendAsync("directline", "dl-other", [(TranscriptAuthor.Customer, null, "someone else")]);

        var all = await transcripts.ReadAsync("directline", "dl-t");
        var after = await transcripts.ReadAsync("directline", "dl-t", all[1].Id);
        var purged = await transcripts.PurgeAsync(time.GetUtcNow().AddDays(-30));

        Assert.Equal(["old question", "bonjour", "Bonjour !", "Camille ici"], all.Select(l => l.Text));
        Assert.Equal(["Bonjour !", "Camille ici"], after.Select(l => l.Text));
        Assert.Equal(1, purged);
        Assert.Equal(["bonjour", "Bonjour !", "Camille ici"], (await transcripts.ReadAsync("directline", "dl-t")).Select(l => l.Text));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);
}

public sealed class SqliteTeamStoresTests : TeamStoresTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresTeamStoresTests : TeamStoresTests
{
    private readonly PostgresTestDatabase _database = new("team");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
