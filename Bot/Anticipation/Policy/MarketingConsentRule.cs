using Majordome.Bot.Messenger;
using Majordome.Dialogs.Anticipation;

namespace Majordome.Bot.Anticipation.Policy;

/// <summary>
/// An offer (a reorder suggestion, back in stock) pushed to a messaging app needs the customer's explicit opt-in:
/// the stored consent, or on Messenger the marketing-messages token Meta gave when they subscribed. Utility news
/// about their own order or booking needs none.
/// </summary>
public sealed class MarketingConsentRule(IProactiveConsents consents) : IProactiveRule
{
    /// <inheritdoc />
    public async Task<ProactiveVerdict?> CheckAsync(ProactiveJob job, ProactiveMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(message);
        if (message.Category != ProactiveCategory.Marketing || job.Request.To.ChannelId == MessengerChannels.Facebook)
        {
            // Messenger's marketing consent is its token, which its channel policy requires outside the window.
            return null;
        }

        if (message.AskedForByCustomer)
        {
            // "Notify me when it is back": the customer's own request, stored with its wording, consents to this one
            // message; a general opt-in would extend it to offers they never asked for.
            return null;
        }

        return await consents.AllowsAsync(job.Request.To.CustomerKey, ProactiveCategory.Marketing, cancellationToken).ConfigureAwait(false)
            ? null
            : new ProactiveVerdict.Drop(ProactiveOutcomes.NoConsent);
    }
}
