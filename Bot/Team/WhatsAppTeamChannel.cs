using Majordome.Bot.Channels;
using Majordome.Bot.Messenger.Send;
using Majordome.Bot.WhatsApp;
using Majordome.Bot.WhatsApp.Rendering;
using Majordome.Bot.WhatsApp.Send;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Team;

/// <summary>
/// WhatsApp for the team console: a team member's words go out as free-form messages inside the 24-hour customer
/// service window only (<see cref="WhatsAppSender"/> checks it before the Cloud API is called); outside it nothing is
/// sent (<see cref="TeamDelivery.OutsideWindow"/>), since only an approved template may reach the customer then. The
/// bot's hand-back turn runs through <see cref="WhatsAppAdapter"/>, inside the window too.
/// </summary>
public sealed partial class WhatsAppTeamChannel : ITeamConversationChannel
{
    private readonly WhatsAppSender _sender;
    private readonly WhatsAppRenderer _renderer;
    private readonly IServiceProvider _services;
    private readonly ILogger<WhatsAppTeamChannel> _logger;

    /// <summary>Creates the channel; the adapter is resolved when a hand-back runs (it depends on the bot, which depends on the handoff, which depends on the team's channels).</summary>
    public WhatsAppTeamChannel(WhatsAppSender sender, WhatsAppRenderer renderer, IServiceProvider services, ILogger<WhatsAppTeamChannel> logger)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(logger);
        _sender = sender;
        _renderer = renderer;
        _services = services;
        _logger = logger;
    }

    /// <inheritdoc />
    public string ChannelId => ChannelIds.WhatsApp;

    /// <inheritdoc />
    public async Task<TeamDelivery> SendAsync(ConversationReference reference, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(text);
        if (WhatsAppThread.From(reference.GetContinuationActivity()) is not { } thread)
        {
            return TeamDelivery.CustomerGone;
        }

        var language = Languages.FromLocale(reference.Locale) ?? Languages.French;
        try
        {
            await _sender.SendAsync(thread, _renderer.Render(MessageFactory.Text(text), language), cancellationToken).ConfigureAwait(false);
            return TeamDelivery.Sent;
        }
        catch (MessagingWindowClosedException)
        {
            return TeamDelivery.OutsideWindow;
        }
        catch (MessengerSendException exception)
        {
            LogRefused(exception, thread.ConversationId, exception.Kind);
            return TeamDeliveries.FromRefusal(exception.Kind);
        }
    }

    /// <inheritdoc />
    public async Task<bool> RunBotTurnAsync(ConversationReference reference, Activity handBack, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(handBack);
        if (WhatsAppThread.From(reference.GetContinuationActivity()) is null)
        {
            return false;
        }

        await _services.GetRequiredService<WhatsAppAdapter>().RunEventAsync(handBack, cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp conversation {ConversationId}: the Cloud API refused a team member's message ({Kind})")]
    private partial void LogRefused(Exception exception, string conversationId, GraphErrorKind kind);
}
