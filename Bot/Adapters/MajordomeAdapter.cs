using Majordome.Bot.Health;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Majordome.Dialogs.State;

namespace Majordome.Bot.Adapters;

/// <summary>
/// The Bot Framework adapter for /api/messages (Azure Bot Service, Web Chat, Teams, the Emulator). Its error
/// handler logs the failure with the conversation id, tells the customer politely in their language, and clears
/// only the conversation's dialog state so the next message starts cleanly (the customer's profile is kept).
/// </summary>
public sealed partial class MajordomeAdapter : CloudAdapter
{
    private readonly ILogger<MajordomeAdapter> _logger;

    /// <summary>Creates the adapter with Bot Framework authentication from configuration.</summary>
    public MajordomeAdapter(BotFrameworkAuthentication authentication, ConversationStateStore conversationState, ILogger<MajordomeAdapter> logger, Localizer? localizer = null, StorageWriteProbe? storageProbe = null)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _logger = logger;
        var strings = localizer ?? Localizer.Default;
        OnTurnError = TurnErrorHandler.Create("Bot Framework", conversationState, strings, logger, storageProbe);

        // First, before anything reads state: the key space of channels another endpoint owns.
        Use(new Connector.ConnectorKeySpace());
    }


}
