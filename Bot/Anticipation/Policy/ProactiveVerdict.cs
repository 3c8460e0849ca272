namespace Majordome.Bot.Anticipation.Policy;

/// <summary>What the checks decided for one due message.</summary>
public abstract record ProactiveVerdict(string Reason)
{
    /// <summary>Send it by <paramref name="Route"/>.</summary>
    public sealed record Send(ProactiveRoute Route) : ProactiveVerdict(Route.Outcome);

    /// <summary>Not now: try again at <paramref name="Until"/>.</summary>
    public sealed record Postpone(DateTimeOffset Until, string Why) : ProactiveVerdict(Why);

    /// <summary>Never: counted with its reason, not forced.</summary>
    public sealed record Drop(string Why) : ProactiveVerdict(Why);

    /// <summary>The customer (or an operator) does not want it.</summary>
    public sealed record Cancel(string Why) : ProactiveVerdict(Why);
}

/// <summary>How a message the rules allow goes out.</summary>
public abstract record ProactiveRoute(string Outcome)
{
    /// <summary>Free-form, inside the channel's window (Messenger's messaging_type UPDATE).</summary>
    public sealed record FreeForm() : ProactiveRoute(ProactiveOutcomes.Sent);

    /// <summary>Messenger marketing message, addressed by the customer's <c>notification_messages_token</c>.</summary>
    public sealed record MarketingToken(string Token) : ProactiveRoute(ProactiveOutcomes.SentWithToken);

    /// <summary>An approved template (Messenger utility, WhatsApp), outside the window.</summary>
    public sealed record Template() : ProactiveRoute(ProactiveOutcomes.SentAsTemplate);
}
