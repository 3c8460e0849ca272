using Majordome.Tests.Bot;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Prompts;

/// <summary>
/// A question waiting across a restart of the bot (production composition, state in a SQLite file): asked again, it
/// looks exactly as it does without a restart, in French and in English; and a conversation stored by an earlier
/// version, whose prompt kept its whole message, goes on.
/// </summary>
public sealed class PromptRestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "majordome-prompt-restart-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("fr-FR", "bonjour", "Réserver une table", "Comment puis-je vous aider ?")]
    [InlineData("en-US", "hello", "Book a table", "How can I help you?")]
    public async Task Reprompt_AfterARestart_LooksAsWithout_AtTheMenuAndTheBoutiqueQuestion(string locale, string greeting, string book, string menuQuestion)
    {
        List<JToken> menuAgain, boutiqueAgain, welcome, boutique;
        var atMenu = Guid.NewGuid().ToString();
        var atBoutique = Guid.NewGuid().ToString();
        using (var before = StartBot())
        using (var client = before.CreateClient())
        {
            var reference = Guid.NewGuid().ToString();
            await ExpectRepliesClient.SendAsync(client, reference, greeting, locale: locale);
            menuAgain = await ExpectRepliesClient.SendAsync(client, reference, greeting, locale: locale);
            await ExpectRepliesClient.SendAsync(client, reference, book, locale: locale);
            boutiqueAgain = await ExpectRepliesClient.SendAsync(client, reference, greeting, locale: locale);

            // Asked the first time, from the options the dialog has just made (not read back from the state).
            welcome = await ExpectRepliesClient.SendAsync(client, atMenu, greeting, locale: locale);
            await ExpectRepliesClient.SendAsync(client, atBoutique, greeting, locale: locale);
            boutique = await ExpectRepliesClient.SendAsync(client, atBoutique, book, locale: locale);
        }

        using var after = StartBot();
        using var restarted = after.CreateClient();
        var menuAfterRestart = await ExpectRepliesClient.SendAsync(restarted, atMenu, greeting, locale: locale);
        var boutiqueAfterRestart = await ExpectRepliesClient.SendAsync(restarted, atBoutique, greeting, locale: locale);

        Assert.True(Buttons(menuAgain) >= 3 && Buttons(boutiqueAgain) >= 2, $"The questions asked again show their buttons: {Shown(menuAgain)} {Shown(boutiqueAgain)}");
        Assert.Equal(Shown(menuAgain), Shown(menuAfterRestart));
        Assert.Equal(Shown(boutiqueAgain), Shown(boutiqueAfterRestart));

        // Asked again, the question is the one first asked: the boutique's text, hint and buttons; the menu's buttons
        // and hint under its shorter question (the welcome is said once).
        Assert.Equal(Shown([boutique.Last()]), Shown([boutiqueAfterRestart.Last()]));
        var menuFirst = (JObject)JArray.Parse(Shown([welcome.Last()]))[0];
        menuFirst["text"] = menuQuestion;
        Assert.Equal(new JArray(menuFirst).ToString(Formatting.None), Shown([menuAfterRestart.Last()]));
    }

    [Fact]
    public async Task OldFormatState_ConfirmationWaiting_IsAskedAgainWithItsText_AndTheAnswerGoesOn()
    {
        // How the confirmation's prompt kept its options before 2026-12-06: the whole message, envelope included.
        const string OldOptions = """
            {"Prompt":{"type":"message","text":"Une table pour 2 à Maison Tasse Bordeaux Chartrons, samedi 12 décembre à 15:00, au nom de Marie. Je réserve ?","inputHint":"acceptingInput","attachments":[],"entities":[]},"IsFollowUp":false,"IsYesNo":false}
            """;
        var conversation = Guid.NewGuid().ToString();
        using (var before = StartBot())
        using (var client = before.CreateClient())
        {
            foreach (var text in new[] { "bonjour", "Réserver une table", "Bordeaux", "2", "samedi à 15h", "Marie", "06 12 34 56 78" })
            {
                await ExpectRepliesClient.SendAsync(client, conversation, text);
            }
        }

        await RewriteWaitingPromptAsync(conversation, "BookingConfirm", JObject.Parse(OldOptions));
        using var after = StartBot();
        using var restarted = after.CreateClient();
        var retry = await ExpectRepliesClient.SendAsync(restarted, conversation, "xyz");
        var answered = await ExpectRepliesClient.SendAsync(restarted, conversation, "non");

        var question = retry.Last();
        Assert.Contains("samedi 12 décembre à 15:00, au nom de Marie. Je réserve ?", question.Value<string>("text"), StringComparison.Ordinal);
        Assert.Equal("acceptingInput", question.Value<string>("inputHint"));
        Assert.True(Buttons(retry) >= 2, Shown(retry));
        Assert.DoesNotContain(answered, a => a.Value<string>("text")?.Contains("Je réserve ?", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("BookingConfirm", (await ReadConversationAsync(conversation))["DialogState"]!.ToString(Formatting.None), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private BotApplicationFactory StartBot() => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataDirectory"] = _folder,
    });

    private static int Buttons(List<JToken> replies) => replies.Sum(r => (r["suggestedActions"]?["actions"] as JArray)?.Count ?? 0);

    /// <summary>What the customer sees of the replies: texts, hints, buttons and cards.</summary>
    private static string Shown(List<JToken> replies) => new JArray(replies.Select(r => new JObject
    {
        ["text"] = r["text"]?.DeepClone(),
        ["inputHint"] = r["inputHint"]?.DeepClone(),
        ["suggestedActions"] = r["suggestedActions"]?.DeepClone(),
        ["attachments"] = r["attachments"]?.DeepClone(),
        ["attachmentLayout"] = r["attachmentLayout"]?.DeepClone(),
    })).ToString(Formatting.None);

    private async Task RewriteWaitingPromptAsync(string conversation, string promptId, JObject options)
    {
        var document = await ReadConversationAsync(conversation);
        var prompt = document["DialogState"]!.SelectTokens($"$..dialogStack[?(@.id == '{promptId}')]").Single();
        prompt["state"]!["options"] = options;
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE bot_state SET document = @document WHERE key = @key;";
        command.Parameters.AddWithValue("@document", document.ToString(Formatting.None));
        command.Parameters.AddWithValue("@key", Key(conversation));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<JObject> ReadConversationAsync(string conversation)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM bot_state WHERE key = @key;";
        command.Parameters.AddWithValue("@key", Key(conversation));
        return JObject.Parse((string)(await command.ExecuteScalarAsync())!);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "majordome.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    private static string Key(string conversation) => $"webchat/conversations/{conversation}";
}
