using System.Security.Cryptography;

namespace Majordome.Bot.Data;

/// <summary>
/// Booking references a customer can read out on the phone: "MT-" and five characters from an alphabet without
/// look-alikes (no 0/O, 1/I/L), random so they cannot be guessed from one another.
/// </summary>
internal static class BookingReferences
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => "MT-" + RandomNumberGenerator.GetString(Alphabet, 5);
}
