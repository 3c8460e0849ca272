using System.Text;
using System.Text.Json;
using Majordome.Bot.Team.Console;
using Microsoft.AspNetCore.Antiforgery;

namespace Majordome.Bot.Privacy.Console;

/// <summary>The console's export (a JSON download) and erasure (confirmed by typing ERASE), for admins.</summary>
public static class PrivacyActions
{
    /// <summary>The word an admin types to confirm an erasure.</summary>
    public const string ConfirmWord = "ERASE";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>GET /team/privacy/export?channel=…&amp;user=…: the customer's data as a JSON file.</summary>
    public static async Task<IResult> ExportAsync(HttpContext http, CustomerDataExport export, TimeProvider time, string? channel, string? user)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(time);
        if (CustomerRecordKey.TryCreate(channel, user) is not { } customer)
        {
            return Results.Text(TeamText.For(http).Get("team.privacy.badKeyExport", new { max = CustomerRecordKey.MaxPartLength }), "text/plain", statusCode: StatusCodes.Status400BadRequest);
        }

        var data = await export.ExportAsync(customer, http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.CacheControl = "no-store";
        // Named by when, not by whom: the file lands in a downloads folder, and a hash of a phone number is undone by
        // trying every number.
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"customer-data-{time.GetUtcNow():yyyyMMdd-HHmmss}.json");
        return Results.File(Encoding.UTF8.GetBytes(data.ToJsonString(Indented)), "application/json", name);
    }

    /// <summary>POST /team/privacy/erase: erases the customer named by the form, recorded under the admin's name.</summary>
    public static async Task<IResult> EraseAsync(HttpContext http, IAntiforgery antiforgery, SqlCustomerErasure erasure)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(erasure);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var text = TeamText.For(http);
        if (CustomerRecordKey.TryCreate(form["channel"], form["user"]) is not { } customer)
        {
            return PrivacyPage.Show(http, antiforgery, $"<p class=\"error\">{TeamHtml.E(text["team.privacy.badKey"])}</p>", StatusCodes.Status400BadRequest);
        }

        if (!string.Equals(form["confirm"], ConfirmWord, StringComparison.Ordinal))
        {
            return PrivacyPage.Show(http, antiforgery, $"<p class=\"error\">{TeamHtml.E(text.Get("team.privacy.notConfirmed", new { word = ConfirmWord }))}</p>", StatusCodes.Status400BadRequest);
        }

        var member = TeamAuthentication.Member(http);
        var receipt = await erasure.EraseAsync(customer, member.Username, ErasureSource.Console, http.RequestAborted).ConfigureAwait(false);
        // The counts are named by the data's own tables (orders 2, bookings 1), as the export and the CLI name them.
        var done = receipt.NothingFound
            ? text.Get("team.privacy.nothingKept", new { customer = customer.Value })
            : text.Get("team.privacy.erased", new { customer = customer.Value, counts = string.Join(", ", receipt.Counts.Where(c => c.Value > 0).Select(c => $"{c.Key} {c.Value}")) });
        return PrivacyPage.Show(http, antiforgery, $"<p class=\"notice\">{TeamHtml.E(done)}</p>", StatusCodes.Status200OK);
    }
}
