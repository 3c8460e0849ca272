using Majordome.Bot.Analytics;
using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;
using Majordome.Bot.Messenger;
using Majordome.Bot.WhatsApp.State;
using Majordome.Dialogs.Anticipation;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Analytics;

/// <summary>
/// The opened count's SQL on SQLite and on PostgreSQL (the subclasses at the end): a Messenger watermark opens what
/// was sent at or before it and only the first read counts, an Instagram "seen" opens the message it names and those
/// before it, a WhatsApp read status of the message's id opens it, and Web Chat is never told.
/// </summary>
public abstract class ProactiveOpensTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public async Task Opens_ByKind_CountOnlyReadsAtOrAfterTheSend_AndWebChatIsNotTold()
    {
        var database = OpenDatabase();
        var reads = new SqlProactiveReads(database);
        var page = new MessengerThread("facebook", "page-1", "ana");
        var instagram = new MessengerThread("instagram", "ig-1", "bob");
        var early = await SendAsync(database, ProactiveKinds.Reorder, page, "m_1");
        _time.Advance(TimeSpan.FromMinutes(10));
        var late = await SendAsync(database, ProactiveKinds.Reorder, page, "m_2");
        var seen = await SendAsync(database, ProactiveKinds.BackInStock, instagram, "ig_1");
        _time.Advance(TimeSpan.FromMinutes(1));
        var unseen = await SendAsync(database, ProactiveKinds.BackInStock, instagram, "ig_2");
        await SendAsync(database, ProactiveKinds.OrderUpdate, new MessengerThread("whatsapp", "number-1", "33600000001"), "wamid.read", user: "number-1-33600000001", conversation: "number-1-33600000001");
        await SendAsync(database, ProactiveKinds.OrderUpdate, new MessengerThread("whatsapp", "number-1", "33600000002"), "wamid.delivered", user: "number-1-33600000002", conversation: "number-1-33600000002");
        await SendAsync(database, ProactiveKinds.FlowMessage, new MessengerThread("webchat", "site", "visitor"), null, conversation: "conv-visitor");

        // Ana read up to the first reminder (twice: only the first read counts), Bob saw the first Instagram message.
        Assert.Equal(1, await reads.RecordReadAsync(page, new JObject { ["watermark"] = (early.ToUnixTimeMilliseconds() + 500).ToString(System.Globalization.CultureInfo.InvariantCulture) }, _time.GetUtcNow()));
        Assert.Equal(0, await reads.RecordReadAsync(page, new JObject { ["watermark"] = (early.ToUnixTimeMilliseconds() + 600).ToString(System.Globalization.CultureInfo.InvariantCulture) }, _time.GetUtcNow()));
        Assert.Equal(1, await reads.RecordReadAsync(instagram, new JObject { ["mid"] = "ig_1" }, _time.GetUtcNow()));
        Assert.Equal(0, await reads.RecordReadAsync(instagram, new JObject { ["mid"] = "ig_unknown" }, _time.GetUtcNow()));
        var statuses = new SqlWhatsAppStatuses(database);
        await statuses.RecordAsync(new WhatsAppStatus("wamid.read", "read", "number-1", "33600000001", null, null, _time.GetUtcNow()));
        await statuses.RecordAsync(new WhatsAppStatus("wamid.delivered", "delivered", "number-1", "33600000002", null, null, _time.GetUtcNow()));

        var opens = await new SqlProactiveOpens(database).ReadAsync(Start.AddDays(-1), Start.AddDays(1));

        Assert.Equal(
            [
                new ProactiveOpens(ProactiveKinds.BackInStock, 2, 2, 1),
                new ProactiveOpens(ProactiveKinds.FlowMessage, 1, 0, 0),
                new ProactiveOpens(ProactiveKinds.OrderUpdate, 2, 2, 1),
                new ProactiveOpens(ProactiveKinds.Reorder, 2, 2, 1),
            ],
            opens);
        Assert.Null(opens[1].Rate);
        Assert.True(late > early && unseen > seen);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the test's database.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    /// <summary>A job of <paramref name="kind"/> to <paramref name="thread"/>'s customer, sent now as <paramref name="messageId"/>; returns when.</summary>
    private async Task<DateTimeOffset> SendAsync(BusinessDatabase database, string kind, MessengerThread thread, string? messageId, string? user = null, string? conversation = null)
    {
        var to = new ProactiveAddress($"{thread.ChannelId}/{thread.UserId}", thread.ChannelId, user ?? thread.UserId, conversation ?? thread.ConversationId, null, "fr-FR", null);
        var job = await new SqlProactiveJobs(database, _time).ScheduleAsync(new ProactiveJobRequest(kind, to, _time.GetUtcNow().AddMinutes(-1), "{}", null));
        var claims = new ProactiveJobClaims(database, _time, "opens-test");
        var claimed = Assert.Single(thread.ChannelId == "webchat"
            ? await claims.ClaimForVisitAsync(to.CustomerKey, TimeSpan.FromMinutes(5))
            : await claims.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
        Assert.Equal(job.Id, claimed.Id);
        var sent = _time.GetUtcNow();
        if (thread.ChannelId != "webchat")
        {
            await new SqlProactiveReads(database).RecordSentAsync(job.Id, sent, messageId);
        }

        Assert.True(await claims.FinishAsync(job.Id, ProactiveJobStatus.Sent, ProactiveOutcomes.Sent, attempted: true));
        return sent;
    }
}

public sealed class SqliteProactiveOpensTests : ProactiveOpensTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresProactiveOpensTests : ProactiveOpensTests
{
    private readonly PostgresTestDatabase _database = new("proactiveopenstests");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
