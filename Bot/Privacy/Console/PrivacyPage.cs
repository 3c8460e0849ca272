using Majordome.Bot.Team.Console;
using Microsoft.AspNetCore.Antiforgery;

namespace Majordome.Bot.Privacy.Console;

/// <summary>GET /team/privacy: the forms to export or erase a customer, by the two parts of their key.</summary>
public static class PrivacyPage
{
    /// <summary>
    /// Renders the page; <c>?request={id}</c> (the number in a conversation's address, /team/conversations/{id})
    /// fills in the key of that conversation's customer.
    /// </summary>
    public static async Task<IResult> ShowFormAsync(HttpContext http, IAntiforgery antiforgery, Majordome.Bot.Team.SqlHandoffQueue queue, long? request)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(queue);
        var customer = request is { } id && await queue.FindAsync(id, http.RequestAborted).ConfigureAwait(false) is { } found
            ? CustomerRecordKey.TryParse(found.CustomerKey)
            : null;
        return Show(http, antiforgery, null, StatusCodes.Status200OK, customer);
    }

    /// <summary>The page with <paramref name="notice"/> (already HTML) above the forms, answered with <paramref name="status"/>.</summary>
    internal static IResult Show(HttpContext http, IAntiforgery antiforgery, string? notice, int status, CustomerRecordKey? customer = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(antiforgery);
        var member = TeamAuthentication.Member(http);
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        var (channel, user) = (TeamHtml.E(customer?.Channel), TeamHtml.E(customer?.UserId));
        var body = $"""
            <h1>Customers' data</h1>
            {notice}
            <p>A customer is named by the channel and the user id of their key (<code>channel/user</code>), for example
            <code>directline</code> and <code>dl_2f6c…</code>; <code>/team/privacy?request=42</code> fills them in for the
            customer of conversation 42 of the queue. Customers can also ask the bot themselves
            ("what data do you have about me", "delete my data").</p>
            <h2>Export</h2>
            <form method="get" action="{PrivacyEndpoints.BasePath}/export" class="privacy">
              <label>Channel <input name="channel" required maxlength="{CustomerRecordKey.MaxPartLength}" value="{channel}"></label>
              <label>User id <input name="user" required maxlength="{CustomerRecordKey.MaxPartLength}" value="{user}"></label>
              <button type="submit" class="button">Download JSON</button>
            </form>
            <h2>Erase</h2>
            <p>Deletes the profile, conversations, messages, feedback, leads, consents and opt-ins; orders and bookings
            are kept without name, phone, email or address. This cannot be undone.</p>
            <form method="post" action="{PrivacyEndpoints.BasePath}/erase" class="privacy">
              {TeamHtml.TokenField(token)}
              <label>Channel <input name="channel" required maxlength="{CustomerRecordKey.MaxPartLength}" value="{channel}"></label>
              <label>User id <input name="user" required maxlength="{CustomerRecordKey.MaxPartLength}" value="{user}"></label>
              <label>Type ERASE to confirm <input name="confirm" required pattern="ERASE"></label>
              <button type="submit" class="button danger">Erase this customer</button>
            </form>
            """;
        return TeamHtml.Page(http, "Customers' data", body, member, token, status: status);
    }
}
