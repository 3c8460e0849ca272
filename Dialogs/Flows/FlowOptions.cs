using System.ComponentModel.DataAnnotations;

namespace Majordome.Dialogs.Flows;

/// <summary>How flow actions behave (configuration section "Flows").</summary>
public sealed class FlowOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Flows";

    /// <summary>
    /// Lets the webhook action call plain http on the loopback address (127.0.0.1, ::1, localhost). For tests and
    /// local development only: false by default, so production webhooks are always https.
    /// </summary>
    public bool AllowHttpLoopbackWebhooks { get; set; }

    /// <summary>
    /// Host names (as written in flow files' webhook urls) that may resolve to private, loopback or link-local
    /// addresses, such as an intranet CRM "crm.internal". Every other host is refused when one of its addresses is
    /// not public, so a flow cannot be turned against the bot's own network. Empty by default.
    /// </summary>
    public IList<string> WebhookPrivateNetworkHosts { get; } = [];

    /// <summary>The largest webhook response read, in bytes; a larger one fails the action.</summary>
    [Range(1024, 1_048_576)]
    public int WebhookMaxResponseBytes { get; set; } = 64 * 1024;

    /// <summary>The longest any action may take, in seconds, before the flow gives up on it and goes on.</summary>
    [Range(1, 60)]
    public int ActionTimeoutSeconds { get; set; } = 40;
}
