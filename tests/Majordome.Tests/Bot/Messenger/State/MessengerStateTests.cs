using Majordome.Bot.Data;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.State;
using Majordome.Tests.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Majordome.Tests.Bot.Messenger.State;

public sealed class MessengerStateTests : IDisposable
{
    private static readonly MessengerThread Thread = new("facebook", "page", "customer");
    private static readonly MessengerThread Other = new("instagram", "page", "customer");
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Dispose();

    private SqliteConversationControl NewControl() => new(new BusinessDatabase(_file.Options), TimeProvider.System, NullLogger<SqliteConversationControl>.Instance);

    private SqliteMessagingWindow NewWindow() => new(new BusinessDatabase(_file.Options));

    [Fact]
    public async Task Control_PauseSurvivesARestartAndResumeUndoesIt()
    {
        Assert.False(await NewControl().IsPausedAsync(Thread, CancellationToken.None));

        await NewControl().PauseAsync(Thread, "inbox echo", CancellationToken.None);
        Assert.True(await NewControl().IsPausedAsync(Thread, CancellationToken.None));
        Assert.False(await NewControl().IsPausedAsync(Other, CancellationToken.None));

        await NewControl().ResumeAsync(Thread, CancellationToken.None);
        Assert.False(await NewControl().IsPausedAsync(Thread, CancellationToken.None));
    }

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
