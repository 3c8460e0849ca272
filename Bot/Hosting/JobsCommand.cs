using System.Globalization;
using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;
using Majordome.Bot.Team.Console;
using Majordome.Dialogs.Anticipation;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>jobs list [--customer K] [--status S] [--limit N]</c> and <c>jobs cancel &lt;id&gt;</c>: the scheduled messages
/// the assistant writes first, read from (and cancelled in) the database the "Storage" section names, without
/// starting the bot.
/// </summary>
public static class JobsCommand
{
    /// <summary>The command-line argument.</summary>
    public const string Name = "jobs";

    /// <summary>What the command prints when its arguments are not understood.</summary>
    public const string Usage = """
        usage: jobs list [--customer KEY] [--status Pending|Claimed|Sent|Dropped|Cancelled|Failed] [--limit N]
               jobs cancel ID
               the scheduled proactive messages (newest first, 50 by default), from the database of the "Storage"
               section; customers are shown masked (facebook/…4851); cancel stops a pending one (a sent or ended
               one cannot be).
        """;

    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command against the database <paramref name="configuration"/> names.</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        var request = JobsCommandArguments.Parse(args);
        if (request is null)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddMajordomeStorage(configuration).AddMajordomeData();
        await using var provider = services.BuildServiceProvider();
        var jobs = new SqlProactiveJobs(provider.GetRequiredService<BusinessDatabase>(), time ?? TimeProvider.System);
        try
        {
            if (request.CancelId is { } id)
            {
                var cancelled = await jobs.CancelAsync(id, "cancelled-by-operator", cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync(cancelled ? $"Job {id} cancelled." : $"Job {id} was not cancelled: no pending job has this id (jobs list shows them).").ConfigureAwait(false);
                return cancelled ? 0 : 1;
            }

            var listed = await jobs.ListAsync(request.Customer, request.Status, request.Limit, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(Format(listed)).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Could not read the jobs from the database of the \"Storage\" settings: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>
    /// The jobs as the command prints them, one per line. Customers are masked as the team console masks them (their
    /// channel and the last characters of their id): an operator's terminal, scrollback and logs never hold a customer
    /// identifier in clear, and the masked form is still enough to tell two customers apart.
    /// </summary>
    public static string Format(IReadOnlyList<ProactiveJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (jobs.Count == 0)
        {
            return "No jobs." + Environment.NewLine;
        }

        var text = new System.Text.StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{"id",6}  {"kind",-16} {"status",-9} {"due (UTC)",-16}  {"channel",-9} {"attempts",8}  {"outcome",-20} customer");
        foreach (var job in jobs)
        {
            text.AppendLine(c, $"{job.Id,6}  {job.Request.Kind,-16} {job.Status,-9} {job.Request.DueAt.UtcDateTime:yyyy-MM-dd HH:mm}  {job.Request.To.ChannelId,-9} {job.Attempts,8}  {job.Outcome ?? "-",-20} {TeamCustomerMask.Mask(job.Request.To.CustomerKey)}");
        }

        return text.ToString();
    }
}

/// <summary>The parsed arguments of <see cref="JobsCommand"/>.</summary>
internal sealed record JobsCommandArguments(string? Customer, ProactiveJobStatus? Status, int Limit, long? CancelId)
{
    /// <summary>The arguments, or null when they are not understood.</summary>
    public static JobsCommandArguments? Parse(string[] args)
    {
        switch (args)
        {
            case [_, "cancel", var id] when long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number):
                return new JobsCommandArguments(null, null, 1, number);
            case [_, "list", ..]:
                return ParseList(args[2..]);
            default:
                return null;
        }
    }

    private static JobsCommandArguments? ParseList(string[] options)
    {
        string? customer = null;
        ProactiveJobStatus? status = null;
        var limit = 50;
        for (var i = 0; i < options.Length; i += 2)
        {
            if (i + 1 >= options.Length)
            {
                return null;
            }

            var value = options[i + 1];
            switch (options[i])
            {
                case "--customer" when !string.IsNullOrWhiteSpace(value):
                    customer = value;
                    break;
                case "--status" when Enum.TryParse<ProactiveJobStatus>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _):
                    status = parsed;
                    break;
                case "--limit" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10000:
                    limit = n;
                    break;
                default:
                    return null;
            }
        }

        return new JobsCommandArguments(customer, status, limit, null);
    }
}
