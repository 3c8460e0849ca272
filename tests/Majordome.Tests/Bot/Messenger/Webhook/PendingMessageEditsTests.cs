using Majordome.Bot.Data;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Mapping;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Webhook;

/// <summary>Edits applied to stored messages, run on SQLite and on PostgreSQL by the subclasses at the end of this file.</summary>
public abstract class PendingMessageEditsTests : IDisposable
{
    private const string Conversation = MetaFixtures.PageId + "-" + MetaFixtures.Customer;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    [Fact]
    public async Task Apply_ToAPendingMessage_SetsItsText_AndAnOlderEditNeverOverwritesANewerOne()
    {
        var inbox = new MessengerInbox(OpenDatabase(), TimeProvider.System);
        var message = Event(MetaFixtures.FirstEvent("text_message.json"));
        await inbox.AddAsync([message]);
        var edits = new PendingMessageEdits(OpenDatabase());

        Assert.Equal(1, await edits.ApplyAsync([Edit("Do you ship to Belgium?", 2)]));
        Assert.Equal(0, await edits.ApplyAsync([Edit("Do you ship to Spain?", 1)]));

        var body = JObject.Parse((await inbox.FindBodyAsync(message.Key))!);
        Assert.Equal("Do you ship to Belgium?", (string?)body["message"]!["text"]);
        Assert.Equal("m_Zk3vQ8rT1uYpL0aXc7NbW2eHs9GdJf4KqM6oR5iUyE8tA1zVwBxCn3PlSgD7hF", (string?)body["message"]!["mid"]);
    }

    [Fact]
    public async Task Apply_ToAMessageWhoseTurnRuns_LeavesItAlone()
    {
        var inbox = new MessengerInbox(OpenDatabase(), TimeProvider.System);
        var message = Event(MetaFixtures.FirstEvent("text_message.json"));
        await inbox.AddAsync([message]);
        Assert.True(await inbox.TryClaimAsync(Assert.Single(await inbox.PendingAsync(Conversation, 10))));

        Assert.Equal(0, await new PendingMessageEdits(OpenDatabase()).ApplyAsync([Edit("Do you ship to Belgium?", 1)]));

        Assert.Equal("Hi, do you ship to Canada?", (string?)JObject.Parse((await inbox.FindBodyAsync(message.Key))!)["message"]!["text"]);
    }

    private static WebhookEvent Edit(string text, int number)
    {
        var edit = MetaFixtures.FirstEvent("message_edits.json");
        edit["message_edit"]!["text"] = text;
        edit["message_edit"]!["num_edit"] = number;
        return Event(edit);
    }

    private static WebhookEvent Event(JObject body) => new(
        EventIdentity.DedupeKey("facebook", MetaFixtures.PageId, false, body), "facebook", MetaFixtures.PageId, Conversation,
        EventTime.Read(body["timestamp"])!.Value, false, body);
}

public sealed class SqlitePendingMessageEditsTests : PendingMessageEditsTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresPendingMessageEditsTests : PendingMessageEditsTests
{
    private readonly PostgresTestDatabase _database = new("edits");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
