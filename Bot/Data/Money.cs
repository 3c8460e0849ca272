namespace Majordome.Bot.Data;

/// <summary>Euros in the conversations, cents in the database: exact, and summed without rounding drift.</summary>
internal static class Money
{
    public static long ToCents(decimal euros) => (long)decimal.Round(euros * 100m, MidpointRounding.AwayFromZero);

    public static decimal ToEuros(long cents) => cents / 100m;
}
