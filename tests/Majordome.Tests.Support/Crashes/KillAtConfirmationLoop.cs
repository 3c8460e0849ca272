using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Majordome.Tests.Harness.Crashes;

/// <summary>
/// Kills a real bot process with SIGKILL while customers confirm: each iteration drives a booking (French) and a
/// checkout (English) to their final question, sends both answers, kills the process at a chosen moment (see
/// <see cref="KillMoment"/>), starts it again on the same SQLite file, resends the answers that got no reply (as a
/// customer who saw nothing would) and counts the rows: each customer must have exactly one booking or order, the
/// one they were told. The suite runs a few iterations; <c>bench/Majordome.Bench.ConfirmationCrash</c> runs fifty.
/// </summary>
public sealed partial class KillAtConfirmationLoop
{
    private const string FileName = "majordome.db";
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(60);

    private readonly Random _random;
    private readonly Action<string> _log;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "majordome-kill9", Guid.NewGuid().ToString("N"));
    private BotProcess? _bot;
    private TimeSpan _lastTurn = TimeSpan.FromMilliseconds(100);

    /// <summary>Creates a loop; <paramref name="seed"/> fixes the random moments, <paramref name="log"/> gets one line per iteration.</summary>
    public KillAtConfirmationLoop(int seed, Action<string>? log = null)
    {
        _random = new Random(seed);
        _log = log ?? (_ => { });
    }

    /// <summary>Runs <paramref name="iterations"/> kills, cycling through the moments, and returns what the customers were left with.</summary>
    public async Task<KillNineTally> RunAsync(int iterations, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = _dataDirectory,
            ["Storage:FileName"] = FileName,
        };
        var tally = new KillNineTally();
        try
        {
            _bot = await BotProcess.StartAsync(settings, cancellationToken);
            for (var i = 0; i < iterations; i++)
            {
                await IterateAsync(settings, i, (KillMoment)(i % 3), tally, cancellationToken);
                tally.Iterations++;
            }
        }
        finally
        {
            if (_bot is not null)
            {
                await _bot.DisposeAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_dataDirectory))
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
        }

        return tally;
    }

    private async Task IterateAsync(Dictionary<string, string> settings, int iteration, KillMoment moment, KillNineTally tally, CancellationToken cancellationToken)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var booker = new ExpectRepliesCustomer($"kill9-booking-{iteration}-{run}");
        var buyer = new ExpectRepliesCustomer($"kill9-checkout-{iteration}-{run}");
        using var client = NewClient(_bot!);
        await ConfirmationScripts.ToBookingQuestionAsync(client, booker, iteration, cancellationToken);
        var turn = Stopwatch.StartNew();
        await ConfirmationScripts.ToCheckoutQuestionAsync(client, buyer, cancellationToken);
        _lastTurn = turn.Elapsed / ConfirmationScripts.CheckoutTurns;

        await using var rows = await BusinessRows.OpenAsync(Path.Combine(_dataDirectory, FileName), cancellationToken);
        var booking = AnswerAsync(client, booker, ConfirmationScripts.BookingYes, cancellationToken);
        var checkout = AnswerAsync(client, buyer, ConfirmationScripts.CheckoutYes, cancellationToken);
        await WaitForMomentAsync(moment, rows, booker, buyer, Task.WhenAll(booking, checkout), cancellationToken);

        await _bot!.KillAsync();
        await _bot.DisposeAsync();
        _bot = null;
        var told = (Booking: await booking, Checkout: await checkout);
        _bot = await BotProcess.StartAsync(settings, cancellationToken);
        using var again = NewClient(_bot);
        var bookingReplies = await ResendIfUnansweredAsync(again, booker, ConfirmationScripts.BookingYes, told.Booking, tally, cancellationToken);
        var checkoutReplies = await ResendIfUnansweredAsync(again, buyer, ConfirmationScripts.CheckoutYes, told.Checkout, tally, cancellationToken);

        var bookings = await rows.BookingReferencesAsync(booker.CustomerKey, cancellationToken);
        var orders = await rows.OrderNumbersAsync(buyer.CustomerKey, cancellationToken);
        Judge(tally, iteration, moment, "booking", bookings, BookingReferenceRegex(), bookingReplies, d => tally.DuplicatedBookings += d, l => tally.LostBookings += l);
        Judge(tally, iteration, moment, "order", orders, OrderNumberRegex(), checkoutReplies, d => tally.DuplicatedOrders += d, l => tally.LostOrders += l);
        _log(string.Create(CultureInfo.InvariantCulture,
            $"#{iteration} {moment}: bookings [{string.Join(", ", bookings)}], orders [{string.Join(", ", orders)}], first replies: booking {(told.Booking is null ? "none" : "yes")}, checkout {(told.Checkout is null ? "none" : "yes")}"));
    }

    private async Task WaitForMomentAsync(KillMoment moment, BusinessRows rows, ExpectRepliesCustomer booker, ExpectRepliesCustomer buyer, Task turns, CancellationToken cancellationToken)
    {
        if (moment == KillMoment.Random)
        {
            // Anywhere from before the turn starts to a little after an average turn of this run ends.
            await Task.Delay(TimeSpan.FromMilliseconds(_random.NextDouble() * 1.5 * _lastTurn.TotalMilliseconds), cancellationToken);
            return;
        }

        // Poll the file without pausing until the row lands (the window between the commit and the state save is a few
        // milliseconds); if the turn ends first there is no window left to hit.
        var watch = Stopwatch.StartNew();
        while (!turns.IsCompleted && watch.Elapsed < TurnTimeout)
        {
            var committed = moment == KillMoment.BookingCommitted
                ? (await rows.BookingReferencesAsync(booker.CustomerKey, cancellationToken)).Count > 0
                : (await rows.OrderNumbersAsync(buyer.CustomerKey, cancellationToken)).Count > 0;
            if (committed)
            {
                var delay = _random.Next(0, 3);
                if (delay > 0)
                {
                    await Task.Delay(delay, cancellationToken);
                }

                return;
            }
        }
    }

    private static async Task<CustomerReplies?> AnswerAsync(HttpClient client, ExpectRepliesCustomer customer, string answer, CancellationToken cancellationToken)
    {
        try
        {
            return await customer.SayAsync(client, answer, cancellationToken);
        }
        catch (HttpRequestException)
        {
            // The process died with the request in flight: the customer saw nothing.
            return null;
        }
    }

    private static async Task<IReadOnlyList<string>> ResendIfUnansweredAsync(HttpClient client, ExpectRepliesCustomer customer, string answer, CustomerReplies? first, KillNineTally tally, CancellationToken cancellationToken)
    {
        if (first is not null)
        {
            return first.Texts;
        }

        tally.Resent++;
        var replies = await customer.SayAsync(client, answer, cancellationToken);
        if (AlreadyDoneRegex().IsMatch(replies.Joined))
        {
            tally.Replayed++;
        }

        return replies.Texts;
    }

    private static void Judge(KillNineTally tally, int iteration, KillMoment moment, string what, IReadOnlyList<string> saved, Regex told, IReadOnlyList<string> replies, Action<int> duplicated, Action<int> lost)
    {
        var text = string.Join(" | ", replies);
        var toldReferences = told.Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();
        var where = string.Create(CultureInfo.InvariantCulture, $"#{iteration} {moment} {what}");
        if (saved.Count > 1)
        {
            duplicated(1);
            tally.Problem($"{where}: {saved.Count} saved ({string.Join(", ", saved)}); told: {text}");
        }
        else if (saved.Count == 0)
        {
            lost(1);
            tally.Problem($"{where}: none saved; told: {text}");
        }

        if (toldReferences.Any(r => !saved.Contains(r)))
        {
            tally.WrongReferences++;
            tally.Problem($"{where}: told {string.Join(", ", toldReferences)}, saved {string.Join(", ", saved)}");
        }
    }

    private static HttpClient NewClient(BotProcess bot) => new() { BaseAddress = bot.BaseAddress, Timeout = TurnTimeout };

    [GeneratedRegex(@"déjà réservé|déjà commandé|Already booked|Already ordered")]
    private static partial Regex AlreadyDoneRegex();

    [GeneratedRegex(@"\b(MT-[2-9A-Z]{5})\b")]
    private static partial Regex BookingReferenceRegex();

    [GeneratedRegex(@"(?:order number is|numéro de commande est le|order|commande)\s+(\d{4,})", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumberRegex();
}
