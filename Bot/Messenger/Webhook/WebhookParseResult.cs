namespace Majordome.Bot.Messenger.Webhook;

/// <summary>What a signed webhook body turned out to be.</summary>
public abstract record WebhookParseResult
{
    private WebhookParseResult()
    {
    }

    /// <summary>Events to store (possibly none: an empty batch).</summary>
    /// <param name="Events">The events of configured accounts.</param>
    /// <param name="SkippedAccounts">Entry ids that match no configured account (logged).</param>
    public sealed record Accepted(IReadOnlyList<WebhookEvent> Events, IReadOnlyList<string> SkippedAccounts) : WebhookParseResult;

    /// <summary>A valid body for an object Majordome does not handle (e.g. WhatsApp, page feed): acknowledged and ignored.</summary>
    /// <param name="Object">The body's <c>object</c>.</param>
    public sealed record Ignored(string Object) : WebhookParseResult;

    /// <summary>Every entry is for an account that is not configured.</summary>
    /// <param name="Accounts">The entry ids.</param>
    public sealed record NotConfigured(IReadOnlyList<string> Accounts) : WebhookParseResult;

    /// <summary>The body is not a webhook notification.</summary>
    /// <param name="Problem">What is wrong, for the 400 answer and the log.</param>
    public sealed record Invalid(string Problem) : WebhookParseResult;
}
