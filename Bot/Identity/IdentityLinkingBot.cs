using System.Data.Common;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Identity;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Identity;

/// <summary>
/// Around the bot, first of all: makes every turn's customer the identity their authenticated key is linked to
/// (<see cref="LinkedCustomer"/>), so orders, bookings and experiment variants follow them across channels; redeems
/// the link token a Messenger or Instagram referral, or a WhatsApp or Instagram message, carries (linking the key that channel authenticated to
/// the customer the token was issued to), and answers a request to continue on another channel with a fresh token.
/// A token refused (forged, expired, used by someone else) is logged without the token, and the customer is told.
/// </summary>
public sealed partial class IdentityLinkingBot : IBot
{
    private readonly IBot _inner;
    private readonly SqlIdentityLinks _links;
    private readonly LinkTokenSigner _signer;
    private readonly IdentityLinkOffer _offer;
    private readonly WebChatMenuOffer _menu;
    private readonly Localizer _localizer;
    private readonly TimeProvider _time;
    private readonly ILogger<IdentityLinkingBot> _logger;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public IdentityLinkingBot(IBot inner, SqlIdentityLinks links, LinkTokenSigner signer, IdentityLinkOffer offer, WebChatMenuOffer menu, Localizer localizer, TimeProvider time, ILogger<IdentityLinkingBot> logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(menu);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _inner = inner;
        _links = links;
        _signer = signer;
        _offer = offer;
        _menu = menu;
        _localizer = localizer;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.From?.Id is not { Length: > 0 })
        {
            await _inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        var authenticated = CustomerKey.Authenticated(turnContext);
        if (LinkTokenInActivity.Find(activity) is { } carried)
        {
            LinkTokenInActivity.Remove(activity);
            var notice = await RedeemAsync(turnContext, authenticated, carried.Token, carried.Target, cancellationToken).ConfigureAwait(false);
            TellFirst(turnContext, notice);
        }
        else if (await _links.FindPrimaryAsync(authenticated, cancellationToken).ConfigureAwait(false) is { } primary)
        {
            LinkedCustomer.Use(turnContext, primary);
        }

        if (LinkRequest.From(activity) is { } request && _offer.IsOffered(request.Target))
        {
            var card = await _offer.CreateAsync(CustomerKey.From(turnContext), request, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(card, cancellationToken).ConfigureAwait(false);
            return;
        }

        _menu.Attach(turnContext);
        await _inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> RedeemAsync(ITurnContext turnContext, string authenticated, string token, string target, CancellationToken cancellationToken)
    {
        var outcome = LinkRedemption.Forged;
        string? primary = null;
        if (_signer.Read(token) is { } read)
        {
            var now = _time.GetUtcNow();
            if (read.Expires <= now)
            {
                outcome = LinkRedemption.Expired;
            }
            else
            {
                try
                {
                    (outcome, primary) = await _links.RedeemAsync(read.Nonce, authenticated, target, now, cancellationToken).ConfigureAwait(false);
                }
                catch (DbException exception)
                {
                    // The customer still gets their answer; the link can be asked for again.
                    LogRedeemFailed(exception, turnContext.Activity.ChannelId);
                    return "identityLink.failed";
                }
            }
        }

        switch (outcome)
        {
            case LinkRedemption.Linked:
                LinkedCustomer.Use(turnContext, primary!);
                LogLinked(turnContext.Activity.ChannelId, target);
                return "identityLink.linked";
            case LinkRedemption.SameCustomer:
                return "identityLink.linked";
            default:
                // Never the token: whoever reads the log must not be able to redeem it.
                LogRefused(outcome, turnContext.Activity.ChannelId, target);
                if (await _links.FindPrimaryAsync(authenticated, cancellationToken).ConfigureAwait(false) is { } existing)
                {
                    LinkedCustomer.Use(turnContext, existing);
                }

                return "identityLink.refused";
        }
    }

    // Said before the bot's first reply, in the language the bot resolved for the turn (known only once it runs).
    private void TellFirst(ITurnContext turnContext, string key)
    {
        var told = false;
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            if (!told)
            {
                told = true;
                var notice = MessageFactory.Text(_localizer.Get(context.GetLanguage(), key));
                notice.ApplyConversationReference(context.Activity.GetConversationReference());
                activities.Insert(0, notice);
            }

            return await next().ConfigureAwait(false);
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Channel} customer followed a link to {Target}: their keys are linked")]
    private partial void LogLinked(string? channel, string target);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A link token was refused on {Channel} ({Target}): {Outcome}")]
    private partial void LogRefused(LinkRedemption outcome, string? channel, string target);

    [LoggerMessage(Level = LogLevel.Error, Message = "A link token could not be redeemed on {Channel}: the database failed")]
    private partial void LogRedeemFailed(Exception exception, string? channel);
}
