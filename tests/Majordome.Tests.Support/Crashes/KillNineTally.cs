using System.Globalization;

namespace Majordome.Tests.Harness.Crashes;

/// <summary>What a kill -9 loop found: each customer must end with exactly one booking or order, the one they were told.</summary>
public sealed class KillNineTally
{
    private readonly List<string> _problems = [];

    /// <summary>Iterations run.</summary>
    public int Iterations { get; internal set; }

    /// <summary>Booking customers left with more than one booking.</summary>
    public int DuplicatedBookings { get; internal set; }

    /// <summary>Booking customers left with none.</summary>
    public int LostBookings { get; internal set; }

    /// <summary>Checkout customers left with more than one order.</summary>
    public int DuplicatedOrders { get; internal set; }

    /// <summary>Checkout customers left with none.</summary>
    public int LostOrders { get; internal set; }

    /// <summary>Customers told a reference (or order number) that is not the one saved.</summary>
    public int WrongReferences { get; internal set; }

    /// <summary>Customers who had to send their answer again because the bot died before replying.</summary>
    public int Resent { get; internal set; }

    /// <summary>
    /// Resent answers the bot recognized as already carried out ("C'est déjà réservé", "Already ordered"): the kill
    /// fell between the commit and the conversation's save, the window this loop is about.
    /// </summary>
    public int Replayed { get; internal set; }

    /// <summary>One line per problem: iteration, moment, what was found, what the customer was told.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>True when no customer was duplicated, lost or told a wrong reference.</summary>
    public bool Clean => DuplicatedBookings + LostBookings + DuplicatedOrders + LostOrders + WrongReferences == 0;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Iterations} iterations: bookings duplicated {DuplicatedBookings}, lost {LostBookings}; orders duplicated {DuplicatedOrders}, lost {LostOrders}; wrong references {WrongReferences}; answers resent {Resent}, of which found already done {Replayed}.");

    internal void Problem(string line) => _problems.Add(line);
}
