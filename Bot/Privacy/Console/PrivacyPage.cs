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
        var text = TeamText.For(http);
        string T(string key) => TeamHtml.E(text[key]);
        var intro = text.Html("team.privacy.intro", new Dictionary<string, string>
        {
            ["key"] = "<code>channel/user</code>",
            ["channel"] = "<code>directline</code>",
            ["user"] = "<code>dl_2f6c…</code>",
            ["address"] = "<code>/team/privacy?request=42</code>",
        });
        var confirm = TeamHtml.E(text.Get("team.privacy.confirm", new { word = PrivacyActions.ConfirmWord }));
        var body = $"""
            <h1>{T("team.privacy.title")}</h1>
            {notice}
            <p>{intro}</p>
            <h2>{T("team.privacy.export")}</h2>
            <form method="get" action="{PrivacyEndpoints.BasePath}/export" class="privacy">
              <label>{T("team.privacy.channel")} <input name="channel" required maxlength="{CustomerRecordKey.MaxPartLength}" value="{channel}"></label>
              <label>{T("team.privacy.user")} <input name="user" required maxlength="{CustomerRecordKey.MaxPartLength}" value="{user}"></label>
              <button type="submit" class="button">{T("team.privacy.download")}</button>
            </form>
            <h2>{T("team.privacy.erase")}</h2>
            <p>{T("team.privacy.eraseIntro")}</p>
            <form method="post" action="{PrivacyEndpoints.BasePath}/erase" class="privacy">
              {TeamHtml.TokenField(token)}
              <label>{T("team.privacy.channel")} <input name="channel" required maxlength="{CustomerRecordKey.MaxPartLength}" value="{channel}"></label>
              <label>{T("team.privacy.user")} <input name="user" required maxlength="{CustomerRecordKey.MaxPartLength}" value="{user}"></label>
              <label>{confirm} <input name="confirm" required pattern="{PrivacyActions.ConfirmWord}"></label>
              <button type="submit" class="button danger">{T("team.privacy.eraseButton")}</button>
            </form>
            """;
        return TeamHtml.Page(http, text["team.privacy.title"], body, member, token, status: status);
    }
}
