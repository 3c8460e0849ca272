using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Adapters;

/// <summary>
/// A stored state document that cannot be read (cut short by a disk or a copy that lost its end) fails the turn it is
/// read in, with an apology, and is removed: the customer's next message starts afresh. Before, a cut-short document
/// loaded as whatever properties survived, and a customer's profile that was not a JSON object failed every turn.
/// </summary>
public sealed class UnreadableStateTests : IDisposable
{
    private readonly BotApplicationFactory _bot = new(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite" });

    [Theory]
    [InlineData("users", "customer-")]
    [InlineData("conversations", "")]
    public async Task ADocumentCutShort_FailsOneTurnWithAnApology_ThenTheConversationGoesOn(string scope, string idPrefix)
    {
        using var client = _bot.CreateClient();
        var conversation = Guid.NewGuid().ToString();
        await ExpectRepliesClient.SendForTextsAsync(client, conversation, "bonjour");
        var key = $"webchat/{scope}/{idPrefix}{conversation}";
        var stored = await ReadAsync(key);
        Assert.NotNull(stored);

        await WriteAsync(key, stored[..(stored.Length / 2)]);

        var apology = await ExpectRepliesClient.SendForTextsAsync(client, conversation, "Réserver une table");
        Assert.Contains(apology, r => r.Contains("Désolé", StringComparison.Ordinal));
        Assert.Null(await ReadAsync(key));

        // Afresh: welcomed again, then the booking goes on.
        var welcome = await ExpectRepliesClient.SendForTextsAsync(client, conversation, "bonjour");
        Assert.DoesNotContain(welcome, r => r.Contains("Désolé", StringComparison.Ordinal));
        var next = await ExpectRepliesClient.SendForTextsAsync(client, conversation, "Réserver une table");
        Assert.Contains(next, r => r.Contains("boutique", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose()
    {
        _bot.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private async Task<string?> ReadAsync(string key)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_bot.DataDirectory, "majordome.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM bot_state WHERE key = @key;";
        command.Parameters.AddWithValue("@key", key);
        return await command.ExecuteScalarAsync() as string;
    }

    private async Task WriteAsync(string key, string document)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_bot.DataDirectory, "majordome.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE bot_state SET document = @document WHERE key = @key;";
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@document", document);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
