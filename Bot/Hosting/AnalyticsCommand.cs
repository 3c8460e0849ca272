using System.Globalization;
using System.Text.Json;
using Majordome.Bot.Analytics;
using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;
using Majordome.Dialogs.Analytics;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>analytics [--days N] [--json]</c>: prints what the conversations did over the last days (conversations,
/// messages, channels, languages, flows started and completed, intents, questions not understood, requests for a
/// person, orders and bookings, reminders sent, opened where the channel tells, and the orders or bookings that
/// followed them), read from the database
/// the "Storage" section names, without starting the bot.
/// </summary>
public static class AnalyticsCommand
{
    /// <summary>The command-line argument.</summary>
    public const string Name = "analytics";

    /// <summary>What the command prints when its arguments are not understood.</summary>
    public const string Usage = """
        usage: analytics [--days N] [--json]
               the last N days (7 by default, at most 366) up to the current hour, from the database of the
               "Storage" section (the SQLite file, or PostgreSQL); --json prints the report as JSON for dashboards.
               Reminders count as followed by an order or a booking within "Proactive:FollowUpDays" (7 by default),
               and as opened when Messenger, Instagram or WhatsApp says they were read (Web Chat does not tell).
        """;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command against the database <paramref name="configuration"/> names.</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        if (!TryParse(args, out var days, out var json))
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddMajordomeStorage(configuration).AddMajordomeData();
        services.AddOptions<ProactiveOptions>().BindConfiguration(ProactiveOptions.SectionName).ValidateDataAnnotations();
        await using var provider = services.BuildServiceProvider();
        int followUpDays;
        try
        {
            followUpDays = provider.GetRequiredService<IOptions<ProactiveOptions>>().Value.FollowUpDays;
        }
        catch (OptionsValidationException e)
        {
            await output.WriteLineAsync($"The \"{ProactiveOptions.SectionName}\" settings are not valid: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        var now = (time ?? TimeProvider.System).GetUtcNow();
        var to = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        AnalyticsReport report;
        try
        {
            var database = provider.GetRequiredService<BusinessDatabase>();
            report = await new SqlAnalyticsStore(database).ReadAsync(to.AddDays(-days), to, cancellationToken).ConfigureAwait(false);
            report = report with
            {
                FollowUps = await new SqlProactiveFollowUps(database).ReadAsync(report.FromUtc, report.ToUtc, followUpDays, cancellationToken).ConfigureAwait(false),
                Opens = await new SqlProactiveOpens(database).ReadAsync(report.FromUtc, report.ToUtc, cancellationToken).ConfigureAwait(false),
                FollowUpDays = followUpDays,
            };
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            // The operator's configuration is wrong (no server, bad connection string, unreadable folder): say which.
            await output.WriteLineAsync($"Could not read the analytics from the database of the \"Storage\" settings: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        await output.WriteAsync(json ? JsonSerializer.Serialize(ToJson(report), Json) + Environment.NewLine : FormatText(report, days)).ConfigureAwait(false);
        return 0;
    }

    /// <summary>The report as the command prints it.</summary>
    public static string FormatText(AnalyticsReport report, int days)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new System.Text.StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Majordome analytics, {report.FromUtc:yyyy-MM-dd HH:mm} to {report.ToUtc:yyyy-MM-dd HH:mm} UTC ({days} day(s))");
        text.AppendLine();
        text.AppendLine(c, $"Conversations begun   {report.Conversations}");
        text.AppendLine(c, $"Messages              {report.Messages}");
        text.AppendLine(c, $"Not understood        {report.NotUnderstood}{Share(report.NotUnderstood, report.Messages, "of messages")}");
        text.AppendLine(c, $"Handed to a person    {report.Handoffs}{Share(report.Handoffs, report.Conversations, "of conversations")}");
        text.AppendLine(c, $"Orders                {report.Orders}, {report.OrderRevenueCents / 100m:0.00} €");
        text.AppendLine(c, $"Bookings              {report.Bookings} ({report.BookedGuests} guests)");
        AppendBreakdown(text, "By channel (conversations / messages)", report, t => t.Channel);
        AppendBreakdown(text, "By language (conversations / messages)", report, t => t.Language);

        text.AppendLine();
        text.AppendLine("Flows (started / completed / left before the end / completed %)");
        foreach (var flow in report.Flows)
        {
            text.AppendLine(c, $"  {flow.Name,-28} {flow.Started,6} {flow.Completed,6} {flow.Cancelled,6} {Percent(flow.Completed, flow.Started),6}");
        }

        AppendNoneIf(text, report.Flows.Count == 0);
        AppendSteps(text, report);
        text.AppendLine();
        text.AppendLine("Intents understood in sentences");
        var intents = report.By(AnalyticsEvents.Intent, t => t.Name);
        foreach (var (intent, count) in intents)
        {
            text.AppendLine(c, $"  {intent,-28} {count,6}");
        }

        AppendNoneIf(text, intents.Count == 0);
        AppendProactive(text, report);
        AppendFollowUps(text, report);
        AppendOpens(text, report);
        return text.ToString();
    }

    private static void AppendSteps(System.Text.StringBuilder text, AnalyticsReport report)
    {
        text.AppendLine();
        text.AppendLine("Flow steps (reached / answered / left there)");
        foreach (var flow in report.Steps.GroupBy(s => s.Flow, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {flow.Key}");
            foreach (var step in flow)
            {
                var answered = step.IsQuestion ? step.Answered.ToString(CultureInfo.InvariantCulture) : "";
                var left = step.IsQuestion ? step.Left.ToString(CultureInfo.InvariantCulture) + Share(step.Left, step.Reached, "of those asked") : "";
                text.AppendLine(CultureInfo.InvariantCulture, $"    {step.Step,-30} {step.Reached,6} {answered,6} {left}");
            }
        }

        AppendNoneIf(text, report.Steps.Count == 0);
    }

    private static void AppendProactive(System.Text.StringBuilder text, AnalyticsReport report)
    {
        text.AppendLine();
        text.AppendLine("Messages the assistant wrote first (kind / status / reason)");
        foreach (var row in report.Proactive)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Kind,-18} {row.Status,-10} {row.Reason,-26} {row.Count,6}");
        }

        if (report.Proactive.Count == 0)
        {
            text.AppendLine("  nothing sent or dropped in this period");
        }
    }

    private static void AppendFollowUps(System.Text.StringBuilder text, AnalyticsReport report)
    {
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Reminders sent and followed within {report.FollowUpDays} day(s) (kind / sent / counted / followed / rate)");
        foreach (var row in report.FollowUps)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Kind,-18} {row.Sent,6} {row.FollowedBy,-17} {row.Followed,6} {Percent(row.Followed, row.Sent),6}");
        }

        if (report.FollowUps.Count == 0)
        {
            text.AppendLine("  nothing sent in this period");
        }
    }

    private static void AppendOpens(System.Text.StringBuilder text, AnalyticsReport report)
    {
        text.AppendLine();
        text.AppendLine("Reminders opened where the channel tells (kind / sent / opened / rate); Web Chat tells nothing");
        foreach (var row in report.Opens)
        {
            // "Not told" rather than 0: a visitor may well have read what Web Chat showed, nobody can know.
            var opened = row.Told == 0 ? "not told"
                : string.Create(CultureInfo.InvariantCulture, $"{row.Opened,6} {Percent(row.Opened, row.Told),6}")
                    + (row.Told < row.Sent ? string.Create(CultureInfo.InvariantCulture, $" of the {row.Told} on channels that tell") : string.Empty);
            text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Kind,-18} {row.Sent,6} {opened}");
        }

        if (report.Opens.Count == 0)
        {
            text.AppendLine("  nothing sent in this period");
        }
    }

    private static void AppendBreakdown(System.Text.StringBuilder text, string title, AnalyticsReport report, Func<AnalyticsTotal, string> dimension)
    {
        text.AppendLine();
        text.AppendLine(title);
        var rows = report.Breakdown(dimension);
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Key,-28} {row.Conversations,6} / {row.Messages}");
        }

        AppendNoneIf(text, rows.Count == 0);
    }

    private static void AppendNoneIf(System.Text.StringBuilder text, bool empty)
    {
        if (empty)
        {
            text.AppendLine("  none in this period");
        }
    }

    private static string Share(long part, long whole, string of) =>
        whole == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({100.0 * part / whole:0.0} % {of})");

    private static string Percent(long part, long whole) =>
        whole == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0} %");

    private static object ToJson(AnalyticsReport report) => new
    {
        report.FromUtc,
        report.ToUtc,
        report.Conversations,
        report.Messages,
        report.NotUnderstood,
        report.Handoffs,
        report.Orders,
        OrderRevenue = report.OrderRevenueCents / 100m,
        report.Bookings,
        report.BookedGuests,
        Channels = report.Breakdown(t => t.Channel).Select(b => new { Channel = b.Key, b.Conversations, b.Messages }),
        Languages = report.Breakdown(t => t.Language).Select(b => new { Language = b.Key, b.Conversations, b.Messages }),
        report.Flows,
        FlowSteps = report.Steps.Select(s => new { s.Flow, s.Step, s.Reached, s.Answered, s.Left, s.IsQuestion }),
        Intents = report.By(AnalyticsEvents.Intent, t => t.Name).Select(p => new { Intent = p.Key, p.Count }),
        report.Proactive,
        report.FollowUpDays,
        ProactiveFollowUps = report.FollowUps,
        ProactiveOpens = report.Opens,
    };

    private static bool TryParse(string[] args, out int days, out bool json)
    {
        days = 7;
        json = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--days" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 366:
                    days = n;
                    i++;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
