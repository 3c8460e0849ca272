using System.Globalization;
using System.Text;

namespace Majordome.Tests.Harness.Messenger;

/// <summary>What one kill-and-restart of the drill left: per customer, how often each scripted answer came.</summary>
/// <param name="Customers">Each customer's replies, in order.</param>
/// <param name="Counts">For each customer, how many times each script step's answer came (1 is right).</param>
/// <param name="Errors">Apologies ("something went wrong") the customers received.</param>
/// <param name="StopDuration">How long the bot took to exit once stopped.</param>
public sealed record DrillOutcome(IReadOnlyDictionary<string, IReadOnlyList<string>> Customers, IReadOnlyDictionary<string, int[]> Counts, int Errors, TimeSpan StopDuration)
{
    /// <summary>Answers that came more than once (each extra copy counts).</summary>
    public int Duplicates => Counts.Values.Sum(c => c.Sum(n => Math.Max(0, n - 1)));

    /// <summary>The most duplicated answers one customer got.</summary>
    public int MostDuplicatesForOneCustomer => Counts.Values.Select(c => c.Sum(n => Math.Max(0, n - 1))).DefaultIfEmpty(0).Max();

    /// <summary>Answers that never came.</summary>
    public int Losses => Counts.Values.Sum(c => c.Count(n => n == 0));

    /// <summary>Whether every message was answered exactly once and nobody was told something went wrong.</summary>
    public bool IsClean => Duplicates == 0 && Losses == 0 && Errors == 0;

    /// <summary>The customers whose replies were not exactly the script's, with their replies, for failure messages.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Duplicates} duplicated, {Losses} lost, {Errors} apologies; the bot took {StopDuration.TotalSeconds:0.0} s to stop");
        foreach (var (customer, counts) in Counts.Where(c => c.Value.Any(n => n != 1)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"customer {customer}: answers counted [{string.Join(", ", counts)}]");
            foreach (var reply in Customers[customer])
            {
                text.AppendLine("    " + reply.ReplaceLineEndings(" "));
            }
        }

        return text.ToString();
    }
}
