using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Identity;

/// <summary>
/// The reply to <see cref="LinkRequest"/>: a card with one button that opens the other channel with a fresh token
/// issued to the customer's key: <c>https://m.me/&lt;page&gt;?ref=&lt;token&gt;</c> for Messenger,
/// <c>https://wa.me/&lt;number&gt;?text=&lt;message with the token&gt;</c> for WhatsApp,
/// <c>https://ig.me/m/&lt;username&gt;?ref=&lt;token&gt;</c> for Instagram, whose card also shows the token as a code to send:
/// Instagram gives a new thread the ref only when the customer taps an ice breaker, not when they type.
/// </summary>
public sealed class IdentityLinkOffer
{
    private readonly IdentityLinkOptions _options;
    private readonly LinkTokenSigner _signer;
    private readonly SqlIdentityLinks _links;
    private readonly TimeProvider _time;
    private readonly Localizer _localizer;

    /// <summary>Creates the offer.</summary>
    public IdentityLinkOffer(IOptions<IdentityLinkOptions> options, LinkTokenSigner signer, SqlIdentityLinks links, TimeProvider time, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(localizer);
        _options = options.Value;
        _signer = signer;
        _links = links;
        _time = time;
        _localizer = localizer;
    }

    /// <summary>Whether the brand configured the channel <paramref name="target"/> opens.</summary>
    public bool IsOffered(string target) => target switch
    {
        LinkTarget.Messenger => !string.IsNullOrWhiteSpace(_options.MessengerPage),
        LinkTarget.WhatsApp => !string.IsNullOrWhiteSpace(_options.WhatsAppNumber),
        LinkTarget.Instagram => !string.IsNullOrWhiteSpace(_options.InstagramAccount),
        _ => false,
    };

    /// <summary>Issues a token to <paramref name="customerKey"/> and makes the card that carries it.</summary>
    public async Task<IMessageActivity> CreateAsync(string customerKey, LinkRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerKey);
        ArgumentNullException.ThrowIfNull(request);
        if (!IsOffered(request.Target))
        {
            throw new InvalidOperationException($"No {request.Target} link is configured (IdentityLinks section).");
        }

        var now = _time.GetUtcNow();
        var expires = now + _options.TokenLifetime;
        var (token, nonce) = _signer.Create(expires);
        await _links.IssueAsync(nonce, customerKey, request.Target, expires, now, cancellationToken).ConfigureAwait(false);
        var language = request.Language;
        var minutes = (int)Math.Round(_options.TokenLifetime.TotalMinutes);
        var url = request.Target switch
        {
            LinkTarget.Messenger => $"https://m.me/{Uri.EscapeDataString(_options.MessengerPage.Trim())}?ref={token}",
            LinkTarget.Instagram => $"https://ig.me/m/{Uri.EscapeDataString(_options.InstagramAccount.Trim().TrimStart('@'))}?ref={token}",
            _ => $"https://wa.me/{_options.WhatsAppNumber.Trim().TrimStart('+')}?text={Uri.EscapeDataString(_localizer.GetPlain(language, "identityLink.whatsAppText", new { code = token }))}",
        };
        var card = new HeroCard
        {
            Text = _localizer.Get(language, $"identityLink.offer.{request.Target}", new { minutes, code = token }),
            Buttons = [new CardAction(ActionTypes.OpenUrl, _localizer.GetPlain(language, $"identityLink.button.{request.Target}"), value: url)],
        };
        var reply = MessageFactory.Attachment(card.ToAttachment());
        reply.Locale = language;
        return reply;
    }
}
