using System.Text.Json;
using Majordome.Bot.Privacy;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>privacy export|erase|erasures &lt;channel&gt; &lt;user&gt;</c>: a customer's data requests handled by an
/// operator, on the database the "Storage" section names, without starting the bot. The export is JSON on the
/// output (or in a file); the erasure asks for <c>--yes</c>, since it cannot be undone.
/// </summary>
public static class PrivacyCommand
{
    /// <summary>The command-line argument.</summary>
    public const string Name = "privacy";

    /// <summary>What the command prints when its arguments are not understood.</summary>
    public const string Usage = """
        usage: privacy export <channel> <user> [--out <file.json>]
                                      everything kept about the customer, as JSON (on the output, or in the file)
               privacy erase <channel> <user> --yes
                                      erase the customer: state, messages, feedback, leads, consents and opt-ins are
                                      deleted; orders and bookings are kept without name, phone, email or address
               privacy erasures <channel> <user>
                                      when the customer was erased, and by whom
        <channel> and <user> are the two parts of the customer key the console shows (channel/user), for example
        "privacy export directline dl_2f6c…". The data is in the database of the "Storage" settings.
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command; <paramref name="operatorName"/> is recorded as who erased.</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, string operatorName, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [Name, "export" or "erase" or "erasures", var channel, var user, .. var options] || CustomerRecordKey.TryCreate(channel, user) is not { } customer)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddSingleton(TimeProvider.System)
            .AddMajordomeStorage(configuration).AddMajordomeData().AddMajordomePrivacyStores();
        await using var provider = services.BuildServiceProvider();
        try
        {
            switch (args[1], options)
            {
                case ("export", []):
                    var data = await provider.GetRequiredService<CustomerDataExport>().ExportAsync(customer, cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync(data.ToJsonString(Indented)).ConfigureAwait(false);
                    return 0;
                case ("export", ["--out", var file]):
                    var exported = await provider.GetRequiredService<CustomerDataExport>().ExportAsync(customer, cancellationToken).ConfigureAwait(false);
                    await File.WriteAllTextAsync(file, exported.ToJsonString(Indented), cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync($"The data of {customer} is in {Path.GetFullPath(file)}.").ConfigureAwait(false);
                    return 0;
                case ("erase", ["--yes"]):
                    var receipt = await provider.GetRequiredService<SqlCustomerErasure>().EraseAsync(customer, $"cli:{operatorName}", ErasureSource.Cli, cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync(receipt.NothingFound
                        ? $"Nothing was kept about {customer}; the request is recorded (key hash {receipt.KeyHash})."
                        : $"{customer} is erased (key hash {receipt.KeyHash}): {string.Join(", ", receipt.Counts.Where(c => c.Value > 0).Select(c => $"{c.Key} {c.Value}"))}.").ConfigureAwait(false);
                    return 0;
                case ("erase", []):
                    await output.WriteLineAsync($"Erasing {customer} cannot be undone: run it again with --yes.").ConfigureAwait(false);
                    return 2;
                case ("erasures", []):
                    var erasures = await provider.GetRequiredService<SqlCustomerErasure>().ListErasuresAsync(customer, cancellationToken).ConfigureAwait(false);
                    foreach (var (at, by, source) in erasures)
                    {
                        await output.WriteLineAsync($"{at:yyyy-MM-dd HH:mm:ss} UTC  {source,-8} {by}").ConfigureAwait(false);
                    }

                    await output.WriteLineAsync($"{erasures.Count} erasure(s) of {customer}.").ConfigureAwait(false);
                    return 0;
                default:
                    await output.WriteLineAsync(Usage).ConfigureAwait(false);
                    return 2;
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Could not finish (check the \"Storage\" settings and the file path): {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
