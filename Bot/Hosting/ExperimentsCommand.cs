using System.Globalization;
using System.Text.Json;
using Majordome.Bot.Analytics.Experiments;
using Majordome.Bot.Content.Flows;
using Majordome.Bot.Data;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>experiments [--flow ID] [--json]</c>: the report of every experiment the flow files declare (customers,
/// conversions, rate with its 95 % interval per variant, and whether the difference is significant, in a
/// sentence), read from the database the "Storage" section names, without starting the bot.
/// </summary>
public static class ExperimentsCommand
{
    /// <summary>The command-line argument.</summary>
    public const string Name = "experiments";

    /// <summary>What the command prints when its arguments are not understood.</summary>
    public const string Usage = """
        usage: experiments [--flow ID] [--json]
               every experiment of the flow files in Brand:ContentDirectory (or only the flow ID), from the
               database of the "Storage" section; --json prints the reports as JSON for dashboards.
        """;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command against the flows and the database <paramref name="configuration"/> names.</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        if (!TryParse(args, out var flowId, out var json))
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var configured = configuration.GetSection(BrandContentOptions.SectionName).Get<BrandContentOptions>()?.ContentDirectory ?? "brand";
        var directory = BrandContentLocation.Resolve(configured, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var flows = FlowLoader.Load(directory).Flows.Where(f => f.Experiment is not null && (flowId is null || f.Id == flowId)).ToList();
        if (flowId is not null && flows.Count == 0)
        {
            await output.WriteLineAsync($"No valid flow \"{flowId}\" with variants in {Path.Combine(directory, FlowLoader.FolderName)} (run flows validate).").ConfigureAwait(false);
            return 1;
        }

        var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddMajordomeStorage(configuration).AddMajordomeData();
        await using var provider = services.BuildServiceProvider();
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var reports = new List<ExperimentReport>();
        try
        {
            var store = new SqlExperimentStore(provider.GetRequiredService<BusinessDatabase>());
            foreach (var flow in flows)
            {
                var outcomes = await store.ReadAsync(flow.Id, flow.Experiment!, cancellationToken).ConfigureAwait(false);
                reports.Add(ExperimentReportBuilder.Build(flow.Id, flow.Experiment!, outcomes, now));
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Could not read the experiments from the database of the \"Storage\" settings: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        await output.WriteAsync(json ? JsonSerializer.Serialize(reports, Json) + Environment.NewLine : FormatText(reports)).ConfigureAwait(false);
        return 0;
    }

    /// <summary>The reports as the command prints them.</summary>
    public static string FormatText(IReadOnlyList<ExperimentReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var text = new System.Text.StringBuilder();
        var c = CultureInfo.InvariantCulture;
        if (reports.Count == 0)
        {
            text.AppendLine("No flow declares variants: add variants: and conversion: to a flow file to run an experiment.");
        }

        foreach (var report in reports)
        {
            text.AppendLine(c, $"{report.FlowId} / {report.Experiment}: conversion = {report.Conversion}");
            text.AppendLine("  variant          customers  conversions   rate      95 % interval     still in window");
            foreach (var v in report.Variants)
            {
                text.AppendLine(c, $"  {v.Name,-16} {v.Customers,9} {v.Conversions,12}   {ExperimentReportBuilder.Percent(v.Rate),-8}  {ExperimentReportBuilder.Percent(v.Low)} – {ExperimentReportBuilder.Percent(v.High),-8} {v.Pending,8}");
            }

            foreach (var comparison in report.Comparisons)
            {
                text.AppendLine(c, $"  {comparison.Sentence}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static bool TryParse(string[] args, out string? flowId, out bool json)
    {
        flowId = null;
        json = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--flow" when i + 1 < args.Length && flowId is null:
                    flowId = args[++i];
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
