using System.Text.Json.Nodes;
using Majordome.Bot.Data;
using Majordome.Dialogs.Privacy;

namespace Majordome.Bot.Privacy;

/// <summary>Reads the conversation's summary out of a customer's export (<see cref="CustomerDataExport"/>).</summary>
internal static class CustomerDataSummaries
{
    /// <summary>The summary of <paramref name="export"/>.</summary>
    public static CustomerDataSummary From(JsonObject export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var profile = export["profile"]?["UserProfile"];
        var records = export["records"]!;
        var orders = Rows(records, "orders");
        var lines = Rows(records, "order_lines");
        var contacts = orders.Select(o => Text(o, "email"))
            .Concat(Rows(records, "bookings").Select(b => Text(b, "phone")))
            .Concat(Rows(records, "flow_leads").SelectMany(l => new[] { Text(l, "email"), Text(l, "phone") }))
            .OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var consents = Rows(records, "flow_leads").Where(l => Number(l, "consent") == 1).Select(l => new KeptConsent(Text(l, "flow_id")!, Instant(l, "recorded_utc")))
            .Concat(Rows(records, "messenger_optins").Where(o => Number(o, "active") == 1).Select(o => new KeptConsent(Text(o, "title") ?? Text(o, "topic") ?? Text(o, "kind")!, Instant(o, "updated_utc"))))
            .ToList();
        return new CustomerDataSummary(
            profile?["Language"]?.GetValue<string>(),
            profile?["Tags"] is JsonArray tags ? [.. tags.Select(t => t!.GetValue<string>())] : [],
            [.. orders.Select(o => new KeptOrder(Number(o, "number"), Instant(o, "placed_utc"), (int)lines.Where(l => Number(l, "order_number") == Number(o, "number")).Sum(l => Number(l, "quantity"))))],
            [.. Rows(records, "bookings").Select(b => new KeptBooking(Text(b, "reference")!, Instant(b, "start_utc"), Text(b, "boutique_id")!))],
            consents,
            contacts,
            export["conversations"]!.AsArray().Sum(c => c!["messages"]!.AsArray().Count));
    }

    private static IEnumerable<JsonNode> Rows(JsonNode records, string table) => records[table]?.AsArray().OfType<JsonNode>() ?? [];

    private static string? Text(JsonNode row, string column) => row[column]?.GetValue<string>();

    private static long Number(JsonNode row, string column) => row[column]?.GetValue<long>() ?? 0;

    private static DateTimeOffset Instant(JsonNode row, string column) => SqlCommands.FromText(Text(row, column)!);
}
