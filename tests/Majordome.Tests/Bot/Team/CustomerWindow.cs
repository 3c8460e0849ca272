using Majordome.Bot.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// Time passing for a Meta customer without waiting for it: the instant they last wrote, as the bot's messaging-window
/// store keeps it in the business database, is set back to <c>now - age</c>.
/// </summary>
internal static class CustomerWindow
{
    public static async Task LastWroteAsync(IServiceProvider services, string channel, string account, string user, TimeSpan age)
    {
        var database = services.GetRequiredService<BusinessDatabase>();
        await using var connection = await database.OpenForWriteAsync(CancellationToken.None);
        await using var command = SqlCommands.Create(connection, null,
            "UPDATE messenger_customer_activity SET last_utc = @at WHERE channel = @channel AND account_id = @account AND user_id = @user;",
            ("@at", (object?)SqlCommands.ToText(DateTimeOffset.UtcNow - age)), ("@channel", channel), ("@account", account), ("@user", user));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
