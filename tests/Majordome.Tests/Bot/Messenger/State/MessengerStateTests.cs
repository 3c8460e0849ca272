using Majordome.Bot.Data;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.State;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Messenger.State;

/// <summary>Run on SQLite and on PostgreSQL by the subclasses at the end of this file.</summary>
public abstract class MessengerStateTests : IDisposable
{
    private static readonly MessengerThread Thread = new("facebook", "page", "customer");
    private static readonly MessengerThread Other = new("instagram", "page", "customer");

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the same database, with its own connections, as another bot process.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    private SqlMessagingWindow NewWindow() => new(OpenDatabase());

    [Fact]
    public async Task Window_KeepsTheLatestInstantPerThread()
    {
        var window = NewWindow();
        var later = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

        Assert.Null(await window.LastCustomerActivityAsync(Thread, CancellationToken.None));
        await window.RecordCustomerActivityAsync(Thread, later, CancellationToken.None);
        await window.RecordCustomerActivityAsync(Thread, later.AddHours(-3), CancellationToken.None);
        await window.RecordCustomerActivityAsync(Other, later.AddHours(-5), CancellationToken.None);

        Assert.Equal(later, await NewWindow().LastCustomerActivityAsync(Thread, CancellationToken.None));
        Assert.Equal(later.AddHours(-5), await NewWindow().LastCustomerActivityAsync(Other, CancellationToken.None));

        await window.RecordCustomerActivityAsync(Thread, later.AddMinutes(1), CancellationToken.None);
        Assert.Equal(later.AddMinutes(1), await window.LastCustomerActivityAsync(Thread, CancellationToken.None));
    }
}

public sealed class SqliteMessengerStateTests : MessengerStateTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresMessengerStateTests : MessengerStateTests
{
    private readonly PostgresTestDatabase _database = new("state");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
