using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Rendering;
using Majordome.Bot.Messenger.Send;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Team;

/// <summary>
/// Messenger or Instagram for the team console. Meta's rules decide how a team member's words go out: within 24 hours of
/// the customer's last message as an ordinary response; from 24 hours to 7 days with the HUMAN_AGENT tag (the only tag
/// a person's reply may carry); later not at all (<see cref="TeamDelivery.OutsideWindow"/>, checked before Graph is
/// called). The bot's hand-back turn runs through the channel's <see cref="IMessengerBotRunner"/> inside the 24 hours only: after them the
/// bot may not write, and it answers when the customer writes again.
/// </summary>
public sealed partial class MessengerTeamChannel : ITeamConversationChannel
{
    private static readonly TimeSpan StandardWindow = TimeSpan.FromHours(24);
    private static readonly TimeSpan HumanAgentWindow = TimeSpan.FromDays(7);

    private readonly MessengerSender _sender;
    private readonly MessengerRenderer _renderer;
    private readonly IMessagingWindow _window;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly ILogger<MessengerTeamChannel> _logger;

    /// <summary>
    /// Creates the channel for <paramref name="channelId"/> (<see cref="MessengerChannels.Facebook"/> or
    /// <see cref="MessengerChannels.Instagram"/>); the bot's runner is resolved when a hand-back runs (the bot depends
    /// on the handoff, which depends on the team's channels).
    /// </summary>
    public MessengerTeamChannel(string channelId, MessengerSender sender, MessengerRenderer renderer, IMessagingWindow window, IServiceProvider services, TimeProvider time, ILogger<MessengerTeamChannel> logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        ChannelId = channelId;
        _sender = sender;
        _renderer = renderer;
        _window = window;
        _services = services;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public string ChannelId { get; }

    /// <inheritdoc />
    public async Task<TeamDelivery> SendAsync(ConversationReference reference, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(text);
        if (Thread(reference) is not { } thread)
        {
            return TeamDelivery.CustomerGone;
        }

        var age = await SinceCustomerWroteAsync(thread, cancellationToken).ConfigureAwait(false);
        if (age is not { } since || since > HumanAgentWindow)
        {
            return TeamDelivery.OutsideWindow;
        }

        var message = MessageFactory.Text(text);
        message.ChannelId = thread.ChannelId;
        var policy = since <= StandardWindow ? SendPolicy.Response : SendPolicy.HumanAgent;
        try
        {
            await _sender.SendAsync(thread, _renderer.Render(message), policy, cancellationToken).ConfigureAwait(false);
            return TeamDelivery.Sent;
        }
        catch (MessengerUnreachableException)
        {
            return TeamDelivery.CustomerGone;
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
        if (Thread(reference) is not { } thread)
        {
            return false;
        }

        if (await SinceCustomerWroteAsync(thread, cancellationToken).ConfigureAwait(false) is not { } since || since > StandardWindow)
        {
            // The bot's replies are responses, which Meta refuses after 24 hours: it greets the customer when they come back.
            LogHandBackSilent(thread.ConversationId);
            return true;
        }

        await _services.GetRequiredService<IMessengerBotRunner>().RunTurnAsync(handBack, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<TimeSpan?> SinceCustomerWroteAsync(MessengerThread thread, CancellationToken cancellationToken) =>
        await _window.LastCustomerActivityAsync(thread, cancellationToken).ConfigureAwait(false) is { } last ? _time.GetUtcNow() - last : null;

    private MessengerThread? Thread(ConversationReference reference) =>
        reference.ChannelId == ChannelId && reference.Bot?.Id is { Length: > 0 } account && reference.User?.Id is { Length: > 0 } user
            ? new MessengerThread(ChannelId, account, user)
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messenger conversation {ConversationId}: Graph refused a team member's message ({Kind})")]
    private partial void LogRefused(Exception exception, string conversationId, GraphErrorKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Messenger conversation {ConversationId} handed back more than 24 hours after the customer wrote: the bot speaks when they write again")]
    private partial void LogHandBackSilent(string conversationId);
}
