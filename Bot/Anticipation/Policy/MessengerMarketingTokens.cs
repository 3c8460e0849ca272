using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.OptIns;

namespace Majordome.Bot.Anticipation.Policy;

/// <summary>
/// The marketing-messages token a customer opted into on Messenger, usable now: active (not stopped), not expired,
/// and not already used within the frequency they chose (DAILY, WEEKLY, MONTHLY).
/// </summary>
public sealed class MessengerMarketingTokens(SqlMessengerOptIns optIns, ProactiveSentLog sent, TimeProvider time)
{
    /// <summary>The usable token, or the reason there is none (null reason and null token: they never opted in).</summary>
    public async Task<(string? Token, string? Reason)> FindAsync(MessengerThread thread, string customerKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var now = time.GetUtcNow();
        var tokens = (await optIns.ForCustomerAsync(thread, cancellationToken).ConfigureAwait(false))
            .Where(o => o.Kind == MessengerOptInKind.MarketingMessages)
            .ToList();
        if (tokens.Count == 0)
        {
            return (null, null);
        }

        var usable = tokens.Where(o => o.Active && (o.ExpiresAt is not { } expires || expires > now)).OrderByDescending(o => o.RecordedAt).FirstOrDefault();
        if (usable is null)
        {
            return (null, ProactiveOutcomes.TokenExpired);
        }

        var last = await sent.LastSentAsync(customerKey, ProactiveOutcomes.SentWithToken, cancellationToken).ConfigureAwait(false);
        return last is { } at && now - at < Period(usable.Frequency)
            ? (null, ProactiveOutcomes.TokenFrequency)
            : (usable.Token, null);
    }

    // Meta counts one message per period the customer chose; an unknown frequency is read as the strictest.
    private static TimeSpan Period(string? frequency) => frequency?.ToUpperInvariant() switch
    {
        "DAILY" => TimeSpan.FromDays(1),
        "WEEKLY" => TimeSpan.FromDays(7),
        _ => TimeSpan.FromDays(30),
    };
}
