namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>
/// Which product "Ajouter au panier" or "oui je le prends" is about: the one of the latest back-in-stock message the
/// customer was sent (or shown at their visit) in the last days; older news is no longer what they answer.
/// </summary>
public static class BackInStockAnswer
{
    /// <summary>How long after the message its one-tap answer still means that product.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromDays(7);

    /// <summary>The product the customer's answer takes, or null when no back-in-stock message was sent to them lately.</summary>
    public static async Task<string?> FindSkuAsync(AnticipationServices? anticipation, string customerKey, CancellationToken cancellationToken = default)
    {
        var latest = await RecentProactiveMessage.FindAsync(anticipation, customerKey, ProactiveKinds.BackInStock, Freshness, cancellationToken).ConfigureAwait(false);
        return latest is null ? null : BackInStockScheduling.SkuOf(latest);
    }

    /// <summary>
    /// True when <paramref name="text"/> takes a product ("oui je le prends") and a back-in-stock message was sent to
    /// the customer lately: only then does a first message answer it rather than start a conversation to welcome.
    /// </summary>
    public static async Task<bool> AnswersAsync(AnticipationServices? anticipation, string customerKey, string? text, CancellationToken cancellationToken = default) =>
        BackInStockWords.TakesIt(text) && await FindSkuAsync(anticipation, customerKey, cancellationToken).ConfigureAwait(false) is not null;
}
