using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

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
    public MajordomeAdapter(BotFrameworkAuthentication authentication, ConversationState conversationState, ILogger<MajordomeAdapter> logger, Localizer? localizer = null)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _logger = logger;
        var strings = localizer ?? Localizer.Default;
        OnTurnError = async (turnContext, exception) =>
        {
            LogTurnError(exception, turnContext.Activity?.Conversation?.Id, turnContext.Activity?.ChannelId);
            try
            {
                var language = turnContext.FindLanguage() ?? Languages.FromLocale(turnContext.Activity?.Locale) ?? Languages.French;
                await turnContext.SendActivityAsync(MessageFactory.Text(strings.Get(language, "error.generic")), CancellationToken.None).ConfigureAwait(false);
                await conversationState.DeleteAsync(turnContext, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The error handler must never throw: the turn has already failed and the reason is logged.
            catch (Exception inner)
#pragma warning restore CA1031
            {
                LogErrorHandlerFailed(inner, turnContext.Activity?.Conversation?.Id);
            }
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId} on channel {ChannelId}")]
    private partial void LogTurnError(Exception exception, string? conversationId, string? channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The error handler itself failed in conversation {ConversationId}")]
    private partial void LogErrorHandlerFailed(Exception exception, string? conversationId);
}
