using Majordome.Tests.Bot.Messenger.Conversations;
using Majordome.Tests.Harness;
using Npgsql;

namespace Majordome.Tests.Bot.Messenger.Send;

/// <summary>
/// A customer who writes is reachable again (a block is over), but almost nobody was unreachable: their turn must not
/// pay a write for it (issue 16: a campaign burst's turns queue behind each other's writes on SQLite). Counted on the
/// statements the real host sends PostgreSQL.
/// </summary>
public sealed class UnreachableClearTests
{
    [Fact]
    public async Task Turn_OfAReachableCustomer_DeletesNoUnreachableMark()
    {
        var connectionString = PostgresServer.Instance.CreateDatabase("unreachable");
        var schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath!;
        await using var host = await MessengerChannelHost.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
            ["Messenger:TypingDelay"] = "00:00:10",
        });
        using var log = new NpgsqlCommandLog(schema);

        var replies = await host.SayAsync("bonjour");

        Assert.NotEmpty(replies);
        Assert.Empty(log.Containing("DELETE FROM messenger_unreachable"));
    }
}
