using System.Net;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Majordome.Dialogs.State;

namespace Majordome.Tests.Bot.Adapters;

/// <summary>The adapter's error handler, seen from the customer's side of /api/messages.</summary>
public sealed class MajordomeAdapterTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new(services: services =>
        services.AddSingleton<IBot>(sp => new FailingBot(sp.GetRequiredService<ConversationStateStore>())));

    [Theory]
    [InlineData("fr-FR", "un problème est survenu")]
    [InlineData("en-US", "something went wrong")]
    public async Task TurnError_TellsTheCustomerPolitelyWithoutDetailsAndResetsTheConversation(string locale, string expected)
    {
        var conversation = Guid.NewGuid().ToString();
        var body = new JObject
        {
            ["type"] = "message",
            ["text"] = "hello",
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = locale,
            ["conversation"] = new JObject { ["id"] = conversation },
            ["from"] = new JObject { ["id"] = "u1" },
            ["recipient"] = new JObject { ["id"] = "bot" },
        };

        var response = await _factory.CreateClient().PostAsync("/api/messages", new StringContent(body.ToString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, text);
        Assert.DoesNotContain("secret", text);
        Assert.DoesNotContain("Exception", text);
        var stored = await _factory.Services.GetRequiredService<IStorage>().ReadAsync([$"emulator/conversations/{conversation}"]);
        Assert.Empty(stored);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Saves something in conversation state, then fails.</summary>
    private sealed class FailingBot(ConversationStateStore state) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await state.CreateProperty<string>("marker").SetAsync(turnContext, "before", cancellationToken);
            await state.SaveChangesAsync(turnContext, false, cancellationToken);
            throw new InvalidOperationException("secret connection string leaked?");
        }
    }
}
