using Majordome.Bot.Data;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.OptIns;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Messenger.OptIns;

/// <summary>The opt-in tokens' table, run on SQLite and on PostgreSQL by the subclasses at the end of this file.</summary>
public abstract class MessengerOptInStoreTests : IDisposable
{
    private static readonly MessengerThread Thread = new("facebook", MetaFixtures.PageId, MetaFixtures.Customer);
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1_781_190_000_000);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the same database, as another bot process.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    private SqlMessengerOptIns NewStore() => new(OpenDatabase());

    [Fact]
    public async Task Record_MarketingOptIn_IsReadBackWithItsFrequencyExpiryAndStatus()
    {
        var optIn = MessengerOptInReader.Read(Thread, (Newtonsoft.Json.Linq.JObject)MetaFixtures.FirstEvent("optin_marketing_messages.json")["optin"]!, At)!;

        await NewStore().RecordAsync(optIn);

        var stored = Assert.Single(await NewStore().ForCustomerAsync(Thread));
        Assert.Equal(optIn, stored);
        Assert.Equal("WEEKLY", stored.Frequency);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_804_950_000_000), stored.ExpiresAt);
        Assert.True(stored.Active);
    }

    [Fact]
    public async Task Stop_ThenResume_UpdateTheTokensRow_KeepingWhatTheyLeaveOut()
    {
        var first = MessengerOptInReader.Read(Thread, (Newtonsoft.Json.Linq.JObject)MetaFixtures.FirstEvent("optin_marketing_messages.json")["optin"]!, At)!;
        await NewStore().RecordAsync(first);
        var stop = new Newtonsoft.Json.Linq.JObject
        {
            ["type"] = "notification_messages",
            ["notification_messages_token"] = first.Token,
            ["notification_messages_status"] = "STOP NOTIFICATIONS",
        };

        await NewStore().RecordAsync(MessengerOptInReader.Read(Thread, stop, At.AddDays(3))!);
        var stopped = Assert.Single(await NewStore().ForCustomerAsync(Thread));
        Assert.False(stopped.Active);
        Assert.Equal("WEEKLY", stopped.Frequency);
        Assert.Equal("WEEKLY_DEALS_OPTIN", stopped.Topic);
        Assert.Equal(first.ExpiresAt, stopped.ExpiresAt);

        stop["notification_messages_status"] = "RESUME NOTIFICATIONS";
        await NewStore().RecordAsync(MessengerOptInReader.Read(Thread, stop, At.AddDays(5))!);
        var resumed = Assert.Single(await NewStore().ForCustomerAsync(Thread));
        Assert.True(resumed.Active);
        Assert.Equal(At.AddDays(5), resumed.RecordedAt);
    }

    [Fact]
    public async Task OneTimeNotification_IsStoredBesideTheMarketingToken_ForTheSameCustomerOnly()
    {
        await NewStore().RecordAsync(MessengerOptInReader.Read(Thread, (Newtonsoft.Json.Linq.JObject)MetaFixtures.FirstEvent("optin_marketing_messages.json")["optin"]!, At)!);
        await NewStore().RecordAsync(MessengerOptInReader.Read(Thread, (Newtonsoft.Json.Linq.JObject)MetaFixtures.FirstEvent("optin_one_time_notification_legacy.json")["optin"]!, At.AddMinutes(1))!);

        var all = await NewStore().ForCustomerAsync(Thread);

        Assert.Equal([MessengerOptInKind.MarketingMessages, MessengerOptInKind.OneTimeNotification], all.Select(o => o.Kind));
        Assert.Empty(await NewStore().ForCustomerAsync(Thread with { UserId = "someone-else" }));
    }
}

public sealed class SqliteMessengerOptInStoreTests : MessengerOptInStoreTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresMessengerOptInStoreTests : MessengerOptInStoreTests
{
    private readonly PostgresTestDatabase _database = new("optins");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
