using System.Text;
using Majordome.Bot.Adapters;
using Majordome.Bot.DirectLine;
using Majordome.Dialogs.State;
using Majordome.Tests.Bot.Messenger;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace Majordome.Tests.Bot.Adapters;

/// <summary>
/// Azure's Direct Line channel (activities through the Bot Connector on /api/messages, channel id "directline") and
/// Majordome's own /v3/directline share a channel id, but not their customers: a conversation or user id one of them
/// issued must not read or write the state the other keeps under the same id.
/// </summary>
public sealed class ConnectorKeySpaceTests
{
    [Fact]
    public async Task ConnectorTurn_SameIdsAsAnOwnDirectLineConversation_SeesNoneOfItsState()
    {
        var state = new ConversationStateStore(new MemoryStorage());
        var secret = state.CreateProperty<string>("secret");
        var ownDirectLine = new DirectLineAdapter(new DirectLineConversationStore(Options.Create(new DirectLineOptions()), TimeProvider.System), TimeProvider.System, state, NullLogger<DirectLineAdapter>.Instance);
        await ownDirectLine.ProcessActivityAsync(Message("conv-1", "customer-42"), new DelegateBot(async (turn, ct) =>
        {
            await secret.SetAsync(turn, "réservation MT-1042", ct);
            await state.SaveChangesAsync(turn, cancellationToken: ct);
        }), CancellationToken.None);

        string? seen = "not run";
        var connector = new MajordomeAdapter(BotFrameworkAuthenticationFactory.Create(), state, NullLogger<MajordomeAdapter>.Instance);
        var incoming = Message("conv-1", "customer-42");
        incoming.DeliveryMode = DeliveryModes.ExpectReplies;
        // Through the adapter's HTTP entry point, as /api/messages hands it the request (no credentials configured here:
        // authentication itself is BotConnectorTokenTests' business).
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(incoming)));
        http.Response.Body = new MemoryStream();
        await connector.ProcessAsync(http.Request, http.Response, new DelegateBot(async (turn, ct) =>
        {
            seen = await secret.GetAsync(turn, () => null!, ct);
            await secret.SetAsync(turn, "écrit par l'autre canal", ct);
            await state.SaveChangesAsync(turn, cancellationToken: ct);
        }), CancellationToken.None);
        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);

        Assert.Null(seen);

        // Nor did the connector's turn overwrite the Direct Line conversation's state.
        string? after = null;
        await ownDirectLine.ProcessActivityAsync(Message("conv-1", "customer-42"), new DelegateBot(async (turn, ct) => after = await secret.GetAsync(turn, () => null!, ct)), CancellationToken.None);
        Assert.Equal("réservation MT-1042", after);
    }

    private static Activity Message(string conversationId, string userId) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = DirectLineAdapter.ChannelId,
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount(userId, "Ana", RoleTypes.User),
        Recipient = new ChannelAccount("majordome", "Majordome", RoleTypes.Bot),
        ServiceUrl = "http://127.0.0.1:9/",
        Text = "bonjour",
        Locale = "fr-FR",
    };
}
