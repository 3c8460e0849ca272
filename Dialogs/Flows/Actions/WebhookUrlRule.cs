namespace Majordome.Dialogs.Flows.Actions;

/// <summary>
/// What a flow file's webhook url must look like: its scheme and host written out in the file, variables only
/// after the host's first "/", "?" or "#". Otherwise a customer's answer (<c>url: "{target}"</c>) would choose
/// where the bot connects.
/// </summary>
public static class WebhookUrlRule
{
    /// <summary>The problem reported at a url that breaks the rule.</summary>
    public const string Message =
        "the webhook's url must begin with a fixed https address, scheme and host written here (such as https://crm.example.com/leads): " +
        "a {variable} may only come after the host's first /, so a customer's answer never chooses where the bot connects.";

    /// <summary>The problem with <paramref name="url"/> as written in a flow file, or null when it follows the rule.</summary>
    public static string? Problem(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        var schemeEnd = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return Message;
        }

        var authorityEnd = trimmed.IndexOfAny(['/', '?', '#'], schemeEnd + 3);
        var origin = authorityEnd < 0 ? trimmed : trimmed[..authorityEnd];
        var scheme = trimmed[..schemeEnd];
        var fixedOrigin = !origin.Contains('{', StringComparison.Ordinal) && !origin.Contains('}', StringComparison.Ordinal);
        var webScheme = scheme.Equals(Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase) || scheme.Equals(Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase);
        if (!fixedOrigin || !webScheme || !Uri.TryCreate(origin, UriKind.Absolute, out var parsed) || parsed.Host.Length == 0)
        {
            return Message;
        }

        // Plain http is refused at run time for every host but this machine (a developer's test server, allowed by
        // FlowOptions.AllowHttpLoopbackWebhooks): caught here rather than failing for every customer.
        return parsed.Scheme == Uri.UriSchemeHttp && !parsed.IsLoopback
            ? $"plain http:// is refused: write {Uri.UriSchemeHttps}{trimmed[schemeEnd..]} (the customer's answers would cross the internet unencrypted, and the bot does not call plain http addresses)."
            : null;
    }
}
